package cn.xianfeng.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a member stays signed in before the mini-program has to log in again (silently, with wx.login). */
@ConfigurationProperties("xf.auth")
record AuthProperties(@DefaultValue("7d") Duration memberTokenTtl) {
}
