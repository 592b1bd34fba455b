package cn.xianfeng.cobuild;

/** A mini-program code (image as a data URL) that opens the join page with an invitation. */
public record MiniProgramCode(String image, String scene, String page) {
}
