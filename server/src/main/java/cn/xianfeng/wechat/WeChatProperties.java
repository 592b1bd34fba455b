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
        @DefaultValue Simulator simulator,
        @DefaultValue Push push) {

    /**
     * Message push (消息推送) to {@code /api/wechat/push}: the Token configured in WeChat's console
     * ({@code XF_WECHAT_PUSH_TOKEN}; blank refuses every push) and, for safe mode, the EncodingAESKey
     * ({@code XF_WECHAT_PUSH_AES_KEY}, 43 characters).
     */
    public record Push(String token, String aesKey) {
    }

    /** The built-in stand-in for WeChat; {@code riskyWords} make {@code msg_sec_check} answer "risky". */
    public record Simulator(@DefaultValue("false") boolean enabled, @DefaultValue List<String> riskyWords) {
    }
}
