// Tiny DOM builder. All text goes in as text nodes: article text is untrusted and must never be
// parsed as HTML, so nothing in the viewer uses innerHTML.

type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  title?: string;
  attrs?: Record<string, string>;
  onClick?: (ev: Event) => void;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className !== undefined) node.className = props.className;
  if (props.title !== undefined) node.title = props.title;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  if (props.onClick !== undefined) node.addEventListener('click', props.onClick);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function byId<T extends HTMLElement>(id: string, ctor: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof ctor))
    throw new Error(`kg/viewer: page element #${id} is missing; rebuild the viewer.`);
  return node;
}

export function swatch(color: string): HTMLSpanElement {
  const s = el('span', { className: 'swatch' });
  s.style.background = color;
  return s;
}
