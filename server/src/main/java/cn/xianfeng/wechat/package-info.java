/**
 * The one door to WeChat's server API. {@link cn.xianfeng.wechat.WeChat} wraps WxJava's {@code WxMaService},
 * turns WeChat's error codes into our own exceptions and keeps {@code session_key} to itself. The
 * {@code simulator} subpackage stands in for WeChat in the local and test profiles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "WeChat",
        allowedDependencies = {"shared"})
package cn.xianfeng.wechat;
