package cn.xianfeng.auth;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** 415: the upload is not a JPEG or PNG that can be decoded, whatever its name or declared type. */
class AvatarTypeUnsupportedException extends ApiException {

    AvatarTypeUnsupportedException() {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "FILE_TYPE_UNSUPPORTED", "只支持 JPG 或 PNG 图片");
    }
}
