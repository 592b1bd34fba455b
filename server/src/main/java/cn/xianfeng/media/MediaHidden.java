package cn.xianfeng.media;

/**
 * Published by media when WeChat's asynchronous check judged an image risky: it is hidden everywhere from now on.
 * {@code usedBy}/{@code usedById} name one record that uses it (null when none does yet).
 */
public record MediaHidden(long mediaId, MediaUploader uploader, String usedBy, String usedById) {
}
