/**
 * The public board (公示牌) of each co-building: its goal list, task progress table, 八有 checklist and highlights,
 * published for public supervision as JSON ({@code /api/public/boards}), as a server-rendered page
 * ({@code /board/{publicId}}) and behind a printable QR code for the plaque; plus the mini-program code (小程序码)
 * that opens the board page of the mini-program. Open to anyone, so limited per client address and cached by ETag.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public board",
        allowedDependencies = {"cobuild", "goal", "media", "shared", "wechat"})
package cn.xianfeng.board;
