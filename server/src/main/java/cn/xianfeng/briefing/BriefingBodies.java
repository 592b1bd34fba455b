package cn.xianfeng.briefing;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * A briefing's body, written in Markdown (a safe subset of HTML inside it is kept), made into HTML once when saved:
 * rendered by commonmark, then cleaned by jsoup against a safe list, so scripts, event handlers and
 * {@code javascript:} links never reach a member's rich-text view. The plain text is kept for search and the
 * policy assistant.
 */
@Component
class BriefingBodies {

    // No <img>: pictures outside our signed media links would leak members' addresses to other hosts.
    private static final Safelist SAFE = Safelist.relaxed().removeTags("img");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().sanitizeUrls(true).build();

    record Rendered(String html, String text) {
    }

    Rendered render(String markdown) {
        String raw = renderer.render(parser.parse(markdown));
        String html = Jsoup.clean(raw, "", SAFE, new Document.OutputSettings().prettyPrint(false));
        String text = Jsoup.parse(html).wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll("\\n\\s*\\n+", "\n").strip();
        return new Rendered(html, text);
    }
}
