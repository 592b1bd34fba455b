package cn.xianfeng.wechat;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * WeChat settings. {@code apiHost} replaces {@code https://api.weixin.qq.com} in every call WxJava makes; when it
 * is blank and the simulator is on, the simulator inside this server becomes the host once the port is known.
 * {@code codeEnvVersion} is the mini-program version a generated code opens: release, trial or develop.
 */
@ConfigurationProperties("xf.wechat")
public record WeChatProperties(
        String appId,
        String secret,
        String apiHost,
        @DefaultValue("3") int maxRetryTimes,
        @DefaultValue("500") int retrySleepMillis,
        @DefaultValue("release") String codeEnvVersion,
        @DefaultValue Simulator simulator) {

    /** The built-in stand-in for WeChat; {@code riskyWords} make {@code msg_sec_check} answer "risky". */
    public record Simulator(@DefaultValue("false") boolean enabled, @DefaultValue List<String> riskyWords) {
    }
}
