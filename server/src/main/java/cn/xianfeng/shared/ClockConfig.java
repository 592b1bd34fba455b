package cn.xianfeng.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    /** One clock for every "now", so tests can reason about time-dependent rules. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
