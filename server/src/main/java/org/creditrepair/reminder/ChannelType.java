package org.creditrepair.reminder;

/** 推送渠道：where a reminder goes. */
public enum ChannelType {
  /** 签名 Webhook：POST JSON signed with HMAC-SHA256. */
  WEBHOOK,
  /** 微信小程序订阅消息. */
  WECHAT,
  /** 站内消息：the tenant's in-app stream (SSE); always on, needs no subscription. */
  IN_APP
}
