package cn.xianfeng.shared.web;

import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Streamed downloads ({@link XlsxDownload}) write on threads of their own: a few long exports must not occupy the
 * task executor that runs the module listeners. They may also take minutes (a million rows to a slow client), far
 * past the servlet container's 30-second default for asynchronous requests.
 */
@Configuration(proxyBeanMethods = false)
class DownloadThreads implements WebMvcConfigurer, DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private final Duration timeout;

    DownloadThreads(@Value("${xf.download.threads:4}") int threads,
                    @Value("${xf.download.queue:50}") int queue,
                    @Value("${xf.download.timeout:30m}") Duration timeout) {
        this.timeout = timeout;
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setThreadNamePrefix("download-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.initialize();
    }

    @Override
    public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
        configurer.setTaskExecutor(executor);
        configurer.setDefaultTimeout(timeout.toMillis());
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
