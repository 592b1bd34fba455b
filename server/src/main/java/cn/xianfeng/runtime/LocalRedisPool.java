package cn.xianfeng.runtime;

import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * On a developer's machine one person uses the server: Redisson's production pool (24 connections opened at start,
 * plus as many for subscriptions) only slows the start. Production keeps Redisson's defaults.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class LocalRedisPool {

    @Bean
    RedissonAutoConfigurationCustomizer smallLocalRedisPool() {
        return config -> config.useSingleServer()
                .setConnectionMinimumIdleSize(2)
                .setSubscriptionConnectionMinimumIdleSize(1);
    }
}
