package cn.xianfeng.goal;

/** A write's answer and whether it made something new (201) or found what a retry had made (200). */
record Created<T>(T view, boolean isNew) {
}
