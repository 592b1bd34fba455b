/**
 * Photos and files (media): uploads checked by their bytes, stored without metadata behind {@code MediaStore},
 * thumbnails, signed expiring links, WeChat's asynchronous image check and the orphan clean-up. Other features ask
 * {@link cn.xianfeng.media.MediaDirectory} and publish {@link cn.xianfeng.media.MediaUsed} /
 * {@link cn.xianfeng.media.MediaReleased}; media publishes {@link cn.xianfeng.media.MediaHidden}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media",
        allowedDependencies = {"shared", "wechat"})
package cn.xianfeng.media;
