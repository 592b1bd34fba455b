package cn.xianfeng.media;

/** An upload was stored; after commit an image of a member's goes to WeChat's check. Media's own event. */
record MediaUploaded(long mediaId) {
}
