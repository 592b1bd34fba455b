package cn.xianfeng.runtime;

import org.redisson.config.NameMapper;
import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Every Redis name (keys, script keys, topics) under {@code xf.redis.namespace} when one is set
 * ({@code XF_REDIS_NAMESPACE}): two deployments can share one Redis, and each test run gets names of its own. Keys
 * named after database ids (a card's newest version, its update window) would otherwise meet the keys of an earlier
 * run whose database, now dropped, handed out the same ids.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("xf.redis.namespace")
class RedisNamespace {

    @Bean
    RedissonAutoConfigurationCustomizer redisNamesUnderNamespace(Environment environment) {
        String prefix = environment.getRequiredProperty("xf.redis.namespace") + ":";
        return config -> config.useSingleServer().setNameMapper(new NameMapper() {
            @Override
            public String map(String name) {
                return prefix + name;
            }

            @Override
            public String unmap(String name) {
                return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
            }
        });
    }
}
