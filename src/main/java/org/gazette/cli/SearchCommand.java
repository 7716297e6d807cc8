package org.gazette.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.gazette.search.Searcher;

/** {@code gazette search}: the site's index and ranking, from the command line. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the archive with the same index and ranking as the site's search page.",
                "After a build, reads what the build kept beside the site (its parses and its index) and writes nothing.",
                "Put exact phrases in quotes: gazette search '\"试用期一年\" 公安局'"})
final class SearchCommand implements Callable<Integer> {

    @CommandLine.Mixin
    SiteOptions site;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words, numbers (湘政发〔2024〕9号, 湘政发2024 9), names.")
    List<String> query;

    @Option(names = "--json", description = "Print {\\\"results\\\": [...]}, best first.")
    boolean json;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "How many results (default: ${DEFAULT-VALUE}).")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Searcher.Hit> hits = new Searcher(new SiteBuild().searchIndex(site.build(null, false, false)))
                .search(String.join(" ", query), limit);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            ArrayNode results = root.putArray("results");
            for (Searcher.Hit h : hits) {
                ObjectNode r = results.addObject();
                String url = h.entry().url() + (h.anchor() == null ? "" : "#" + h.anchor());
                if (h.entry().kind().equals("person")) {
                    r.put("kind", "person");
                    r.put("name", h.entry().title());
                    r.put("url", url);
                } else {
                    r.put("kind", "document");
                    r.put("title", h.entry().title());
                    r.put("url", url);
                    r.put("doc_number", h.entry().number());
                    r.put("type", h.entry().type());
                    r.put("signed", h.entry().date());
                }
                r.put("score", Math.round(h.score() * 100) / 100.0);
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            if (hits.isEmpty()) out.println("no results");
            for (Searcher.Hit h : hits) {
                out.printf("%6.2f  %s  %s%s%n", h.score(), h.entry().title(),
                        h.entry().number() == null ? "" : h.entry().number() + "  ",
                        h.entry().url() + (h.anchor() == null ? "" : "#" + h.anchor()));
            }
        }
        out.flush();
        return 0;
    }
}
