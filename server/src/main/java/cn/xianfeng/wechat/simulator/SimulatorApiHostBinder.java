package cn.xianfeng.wechat.simulator;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import cn.xianfeng.wechat.WeChatProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Points WxJava at the simulator once the web server has its port (random in tests). Nothing calls WeChat during
 * start-up, so nothing can reach the real host before this runs. An explicit {@code xf.wechat.api-host} wins.
 */
@Component
@ConditionalOnProperty(name = "xf.wechat.simulator.enabled", havingValue = "true")
class SimulatorApiHostBinder implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(SimulatorApiHostBinder.class);

    private final WxMaService wx;
    private final WeChatProperties properties;

    SimulatorApiHostBinder(WxMaService wx, WeChatProperties properties) {
        this.wx = wx;
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (StringUtils.hasText(properties.apiHost())) {
            return;
        }
        String host = "http://127.0.0.1:" + event.getWebServer().getPort() + WeChatSimulatorController.PREFIX;
        ((WxMaDefaultConfigImpl) wx.getWxMaConfig()).setApiHostUrl(host);
        log.info("WeChat simulator is on: WxJava talks to {}", host);
    }
}
