package cn.xianfeng.board;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public board: how many requests one client address may make per minute across every board path
 * ({@code requestsPerMinute}), and the address the plaque's QR code points at ({@code publicBaseUrl}, the server as
 * the public reaches it).
 */
@ConfigurationProperties("xf.board")
record BoardProperties(@DefaultValue("120") int requestsPerMinute, String publicBaseUrl) {

    /** The board page's address, as the QR code carries it. */
    String pageUrl(String publicId) {
        String base = publicBaseUrl == null ? "" : publicBaseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/board/" + publicId;
    }
}
