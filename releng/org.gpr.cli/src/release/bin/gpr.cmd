@echo off
rem gpr: write and check government information disclosure annual reports (Windows start script).
rem Finds Java 17 or later through JAVA_HOME or the PATH and runs org.gpr.cli.Main.
setlocal EnableDelayedExpansion
set "GPR_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo gpr: Java not found: gpr needs Java 17 or later. Install it or set JAVA_HOME. 1>&2
  echo gpr: 找不到 Java：gpr 需要 Java 17 或更高版本。请安装，或设置 JAVA_HOME。 1>&2
  exit /b 2
)
set "VERSION="
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do if not defined VERSION set "VERSION=%%~v"
for /f "delims=." %%m in ("%VERSION%") do set "MAJOR=%%m"
if "%MAJOR%"=="1" set "MAJOR=8"
if %MAJOR% LSS 17 (
  echo gpr: %JAVA% is Java %VERSION%; gpr needs Java 17 or later. Install a newer Java or set JAVA_HOME. 1>&2
  exit /b 2
)
set "CDS="
if exist "%GPR_HOME%\lib\gpr.jsa" set "CDS=-XX:SharedArchiveFile=%GPR_HOME%\lib\gpr.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JAVA%" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -XX:+UseSerialGC %CDS% %GPR_JAVA_OPTS% -cp "%GPR_HOME%\lib\*" org.gpr.cli.Main %*
exit /b %ERRORLEVEL%
