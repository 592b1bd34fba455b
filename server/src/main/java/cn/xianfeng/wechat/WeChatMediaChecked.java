package cn.xianfeng.wechat;

/**
 * WeChat's verdict on an image submitted with {@link WeChat#checkImageAsync}, as its push (event
 * {@code wxa_media_check}) delivered it. {@code suggest}: pass, review or risky; {@code label}: 100 normal, 20001
 * politics, 20002 porn, 20006 crime, 21000 other; {@code errcode} -1008 means WeChat could not download the image.
 */
public record WeChatMediaChecked(String traceId, String suggest, Integer label, Integer errcode) {

    public boolean risky() {
        return "risky".equals(suggest);
    }
}
