@echo off
rem Waymark CLI launcher of the distribution archive for Windows: needs only Java 17+ on PATH.
setlocal
set "WAYMARK_HOME=%~dp0.."
set "WAYMARK_CP=%WAYMARK_HOME%\lib\*"
if defined WAYMARK_CLASSPATH set "WAYMARK_CP=%WAYMARK_CP%;%WAYMARK_CLASSPATH%"
java %WAYMARK_JAVA_OPTS% -cp "%WAYMARK_CP%" dev.waymark.cli.WaymarkCli %*
