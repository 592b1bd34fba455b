package cn.xianfeng.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaRedissonConfigImpl;
import org.redisson.api.RedissonClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class WeChatConfig {

    /**
     * The access token lives in Redis (shared by every instance, refreshed under a Redisson lock) and is fetched with
     * the stable-token API, so one instance refreshing does not invalidate the token another instance holds.
     */
    @Bean
    WxMaService wxMaService(WeChatProperties properties, RedissonClient redisson) {
        WxMaRedissonConfigImpl config = new WxMaRedissonConfigImpl(redisson, "xf:wx");
        config.setAppid(properties.appId());
        config.setSecret(properties.secret());
        config.useStableAccessToken(true);
        config.setMaxRetryTimes(properties.maxRetryTimes());
        config.setRetrySleepMillis(properties.retrySleepMillis());
        if (StringUtils.hasText(properties.apiHost())) {
            config.setApiHostUrl(properties.apiHost().replaceAll("/+$", ""));
        }
        WxMaServiceImpl service = new WxMaServiceImpl();
        service.setWxMaConfig(config);
        service.setMaxRetryTimes(properties.maxRetryTimes());
        service.setRetrySleepMillis(properties.retrySleepMillis());
        return service;
    }
}
