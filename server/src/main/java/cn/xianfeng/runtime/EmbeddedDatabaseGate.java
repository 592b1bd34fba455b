package cn.xianfeng.runtime;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Holds every DataSource back until the embedded MariaDB of a local run is up: it starts on a thread of its own
 * ({@link EmbeddedServices#mariaDbInBackground}) while the context is built, and nothing may ask it for a connection
 * before then. Without an embedded MariaDB this returns at once.
 */
@Component
class EmbeddedDatabaseGate implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            EmbeddedServices.awaitMariaDb();
        }
        return bean;
    }
}
