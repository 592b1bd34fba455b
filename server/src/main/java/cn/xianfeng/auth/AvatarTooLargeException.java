package cn.xianfeng.auth;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** 413: an avatar over the size the server takes, in bytes or in pixels. */
class AvatarTooLargeException extends ApiException {

    AvatarTooLargeException(String detail) {
        super(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE", detail);
    }
}
