// Opens a GEXF file with Gephi's own importer (Gephi Toolkit, as Gephi's File > Open does) and prints
// what Gephi made of it, one fact a line: counts, edge directions by kind, column types, and the
// timeline. graph/gephi-live.test.ts asserts on these lines; this program judges nothing itself.
package kabar;

import java.io.File;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

public final class GephiCheck {
  private GephiCheck() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: GephiCheck graph.gexf");
      System.exit(2);
    }
    ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
    pc.newProject();
    Workspace workspace = pc.getCurrentWorkspace();
    ImportController importer = Lookup.getDefault().lookup(ImportController.class);
    Container container = importer.importFile(new File(args[0]));
    if (container == null) {
      System.err.println("gephi-check: Gephi could not import " + args[0]);
      System.exit(1);
    }
    // Gephi's import report: what it dropped or changed, and why (shown in Gephi's import dialog).
    for (String line : container.getReport().getText().split("\n")) {
      if (!line.isBlank()) System.out.println("report " + line.strip());
    }
    importer.process(container, new DefaultProcessor(), workspace);
    GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
    Graph graph = model.getGraph();

    System.out.println("nodes " + graph.getNodeCount());
    System.out.println("edges " + graph.getEdgeCount());
    Map<String, Integer> kinds = new TreeMap<>();
    for (Edge e : graph.getEdges()) {
      String key = e.getAttribute("relation") + " " + (e.isDirected() ? "directed" : "undirected");
      kinds.merge(key, 1, Integer::sum);
    }
    kinds.forEach((k, n) -> System.out.println("kind " + k + " " + n));
    for (Column c : model.getNodeTable()) System.out.println("nodecol " + c.getId() + " " + c.getTypeClass().getSimpleName());
    for (Column c : model.getEdgeTable()) System.out.println("edgecol " + c.getId() + " " + c.getTypeClass().getSimpleName());
    printTimeline(model, graph);
  }

  /** What Gephi's timeline works from: the time format, the bounds, and each edge's interval. */
  private static void printTimeline(GraphModel model, Graph graph) {
    System.out.println("timeformat " + model.getTimeFormat());
    System.out.println("timerepresentation " + model.getConfiguration().getTimeRepresentation());
    Interval bounds = model.getTimeBounds();
    System.out.println("bounds " + day(bounds.getLow()) + " " + day(bounds.getHigh()));
    for (Edge e : graph.getEdges()) {
      for (Interval i : e.getIntervals()) {
        System.out.println("interval " + e.getId() + " " + day(i.getLow()) + " " + day(i.getHigh()));
      }
    }
  }

  private static String day(double millis) {
    if (Double.isInfinite(millis)) return millis > 0 ? "+inf" : "-inf";
    return Instant.ofEpochMilli((long) millis).atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
