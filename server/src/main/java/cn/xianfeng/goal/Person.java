package cn.xianfeng.goal;

/** A member as the goal views show them. */
public record Person(String userId, String displayName, String avatarUrl) {
}
