package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ConflictException;

/** A withdrawn or delisted co-building keeps its history readable but takes no more changes. */
class CobuildingClosedException extends ConflictException {

    CobuildingClosedException() {
        super("COBUILDING_CLOSED", "该先锋号已退出或摘牌，不能再修改");
    }
}
