package cn.xianfeng.push;

import java.util.Map;

/** One scene's deliveries by status (every status present, zero included) and in all. */
public record PushSceneStats(PushScene scene, Map<DeliveryStatus, Integer> counts, int total) {
}
