package cn.xianfeng.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Module listeners ({@code @ApplicationModuleListener}) run after the publisher's commit on Boot's task executor, so a
 * slow reaction never holds up the request that caused it.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfig {
}
