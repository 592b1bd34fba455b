/**
 * A stand-in for WeChat's server API, in WeChat's own wire format, for the local and test profiles. WxJava is
 * pointed at it, so the real adapter code runs end to end without the internet.
 */
package cn.xianfeng.wechat.simulator;
