@echo off
node "%~dp0stand-in.mjs" %*
