package cn.xianfeng.media;

/** Who uploaded: a mini-program member or a bureau admin. */
public enum MediaUploaderType {
    MEMBER,
    ADMIN
}
