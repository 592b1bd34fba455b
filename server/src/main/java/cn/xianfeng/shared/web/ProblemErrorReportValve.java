package cn.xianfeng.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Host;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's own error page, for requests it refuses before any servlet sees them (an unencoded {@code ?q=甲} in the
 * request line, a malformed header): a problem detail like every other error of the API instead of Tomcat's HTML
 * page with its version. Errors that reach Spring keep going through {@code ProblemErrorController}; this only
 * writes when nothing else has.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String code = status == 400 ? "BAD_REQUEST" : status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        String title = status >= 500 ? "服务器开小差了，请稍后重试" : "请求有误";
        String detail = status >= 500 ? title : "请求无法解析：地址中的中文和特殊字符需要先编码";
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was taken over; there is nobody left to answer.
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Installer {

        /**
         * The host adds Tomcat's HTML error valve when it starts, before our context starts; by the time the context
         * starts the host is known, so ours takes that valve's place there.
         */
        @Bean
        TomcatContextCustomizer problemErrorReportValve() {
            return context -> context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof Host host) {
                    replaceErrorValve(host);
                }
            });
        }

        private static void replaceErrorValve(Host host) {
            if (host instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ProblemErrorReportValve) {
                    return;
                }
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ProblemErrorReportValve());
        }
    }
}
