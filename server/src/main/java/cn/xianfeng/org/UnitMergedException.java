package cn.xianfeng.org;

import cn.xianfeng.shared.web.ConflictException;

/** The unit was merged into another one: it is kept only so old references can be followed, and is not edited. */
class UnitMergedException extends ConflictException {

    UnitMergedException(String detail) {
        super("UNIT_MERGED", detail);
    }
}
