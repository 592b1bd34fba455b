/**
 * WeChat subscribe messages (订阅消息): templates per scene from configuration, the members' grants (quota, one send
 * per accepted request), an outbox of deliveries that a worker on any number of instances claims and sends, activity
 * reminders and the overdue-task notice. Push only echoes what the app already shows; nothing depends on it arriving.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Push",
        allowedDependencies = {"activity", "admin", "auth", "cobuild", "goal", "shared", "wechat"})
package cn.xianfeng.push;
