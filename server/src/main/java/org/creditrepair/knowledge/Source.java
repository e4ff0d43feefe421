package org.creditrepair.knowledge;

/** 来源：an official text (官方文本) or a guide written by this project (我们编写的指南). */
public enum Source {
  OFFICIAL,
  GUIDE
}
