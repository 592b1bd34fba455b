package cn.xianfeng.media;

import java.util.List;

/** Published by a feature when a record stops using an upload (an avatar replaced): media may delete it after 24 h. */
public record MediaReleased(List<Long> mediaIds, String usedBy, String usedById) {
}
