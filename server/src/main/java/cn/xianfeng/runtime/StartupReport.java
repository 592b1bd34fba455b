package cn.xianfeng.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * What a developer must know about a started server, logged once logging is set up: the embedded servers' ports
 * (they start before logging does), and a warning while the WeChat simulator is on — with it, any {@code wx.login}
 * code signs in, so such a server must never be reachable from outside. Registered in {@code spring.factories}.
 */
public class StartupReport implements ApplicationListener<ApplicationStartedEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        String embedded = EmbeddedServices.describe();
        if (embedded != null) {
            log.info(embedded);
        }
        Environment env = event.getApplicationContext().getEnvironment();
        if (env.getProperty("xf.wechat.simulator.enabled", Boolean.class, false)) {
            log.warn("The WeChat simulator is on: any wx.login code signs in and nothing reaches WeChat. Keep this "
                    + "server on loopback (server.address {}); production runs with the prod profile.",
                    env.getProperty("server.address", "unset: every interface"));
        }
    }
}
