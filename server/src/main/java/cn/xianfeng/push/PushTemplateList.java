package cn.xianfeng.push;

import java.util.List;

/** The scenes with a configured template: what the mini-program may ask {@code wx.requestSubscribeMessage} for. */
public record PushTemplateList(List<PushTemplateItem> items) {
}
