; Included by electron-builder's NSIS script (electron-builder.yml: nsis.include).
; Electron 45 needs Windows 10 or later; stop the installer early with a clear message on older systems.
!include WinVer.nsh

!macro customInit
  ${IfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "合法性审查工作台需要 Windows 10 或更高版本（64 位）。$\r$\n本机的 Windows 版本过旧，无法安装。"
    Quit
  ${EndIf}
!macroend
