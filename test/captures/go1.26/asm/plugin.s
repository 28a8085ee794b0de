# plugin
funcpctab plugin.open [valfunc=pctoinline]
     0     -1 00000 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	TEXT	plugin.open(SB), ABIInternal, $616-16
     0     -1 00000 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	LEAQ	-488(SP), R12
    a7      0 00167 (/usr/local/go/src/plugin/plugin_dlopen.go:52)	MOVQ	plugin..autotmp_161+592(SP), AX
    c4     -1 00196 (/usr/local/go/src/plugin/plugin_dlopen.go:54)	XCHGL	AX, AX
    c5      1 00197 (/usr/local/go/src/plugin/plugin_dlopen.go:54)	XCHGL	AX, AX
    c6      0 00198 (/usr/local/go/src/plugin/plugin_dlopen.go:52)	MOVQ	AX, CX
    c9      2 00201 (/usr/local/go/src/plugin/plugin_dlopen.go:54)	XORL	AX, AX
    f0     -1 00240 (/usr/local/go/src/plugin/plugin_dlopen.go:55)	MOVQ	plugin.~r0.ptr+240(SP), CX
   132      3 00306 (/usr/local/go/src/plugin/plugin_dlopen.go:56)	XCHGL	AX, AX
   133      4 00307 (/usr/local/go/src/plugin/plugin_dlopen.go:56)	MOVL	$-1, BX
   155     -1 00341 (/usr/local/go/src/plugin/plugin_dlopen.go:57)	MOVQ	plugin.p+344(SP), DX
   1c2      5 00450 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	LEAQ	type:errors.errorString(SB), AX
   200     -1 00512 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	LEAQ	go:itab.*errors.errorString,error(SB), BX
   24f      6 00591 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	MOVQ	AX, BX
   2a0     -1 00672 (/usr/local/go/src/plugin/plugin_dlopen.go:65)	TESTQ	CX, CX
   2aa      7 00682 (/usr/local/go/src/plugin/plugin_dlopen.go:66)	XCHGL	AX, AX
   2ab      8 00683 (/usr/local/go/src/plugin/plugin_dlopen.go:66)	MOVL	$-1, BX
   2cb     -1 00715 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	MOVQ	plugin._cgoBase2+368(SP), CX
   2d6      9 00726 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	CALL	runtime.gostring(SB)
   2db     -1 00731 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	MOVL	$13, CX
   321     10 00801 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	LEAQ	type:errors.errorString(SB), AX
   35f     -1 00863 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	LEAQ	go:itab.*errors.errorString,error(SB), BX
   3b6      6 00950 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	MOVQ	CX, plugin._cgo0+216(SP)
   3be     -1 00958 (/usr/local/go/src/plugin/plugin_dlopen.go:74)	MOVQ	BX, plugin..autotmp_162+232(SP)
   4fe     11 01278 (/usr/local/go/src/plugin/plugin_dlopen.go:93)	XCHGL	AX, AX
   4ff     12 01279 (/usr/local/go/src/plugin/plugin_dlopen.go:93)	MOVL	$-1, BX
   51f     -1 01311 (/usr/local/go/src/plugin/plugin_dlopen.go:95)	MOVQ	plugin.initTasks.ptr+352(SP), AX
   658     13 01624 (/usr/local/go/src/plugin/plugin_dlopen.go:83)	XCHGL	AX, AX
   659     14 01625 (/usr/local/go/src/plugin/plugin_dlopen.go:83)	MOVL	$-1, BX
   679     -1 01657 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	XORL	AX, AX
   6c9     15 01737 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	LEAQ	type:errors.errorString(SB), AX
   707     -1 01799 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	LEAQ	go:itab.*errors.errorString,error(SB), BX
   75c     16 01884 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	LEAQ	type:errors.errorString(SB), AX
   79a     -1 01946 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	LEAQ	go:itab.*errors.errorString,error(SB), BX
   8cf     17 02255 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	LEAQ	type:**plugin.C.char(SB), AX
   92e     -1 02350 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	CMPL	runtime.writeBarrier(SB), $0
   9e7     18 02535 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	CALL	runtime.gostring(SB)
   9ec     -1 02540 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	$13, plugin..autotmp_82+384(SP)
   ab5     19 02741 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	LEAQ	type:errors.errorString(SB), AX
   af7     -1 02807 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	LEAQ	go:itab.*errors.errorString,error(SB), BX
   b8d done
wrote 86 bytes to 0x3667e56a0b80
 00 a7 01 02 1d 01 01 04 01 01 03 04 27 05 42 08 01 02 22 09 6d 0c 3e 0b 4f 0e 51 0d 0a 10 01 02 20 11 0b 14 05 13 46 16 3e 15 57 0e 08 0d c0 02 18 01 02 20 19 b9 02 1c 01 02 20 1d 50 20 3e 1f 55 22 3e 21 b5 02 24 5f 23 b9 01 26 05 25 c9 01 28 42 27 96 01 00
-- inlining tree for plugin.open:
0 | -1 | plugin.C.GoString (/usr/local/go/src/plugin/plugin_dlopen.go:52:24) pc=166
1 | -1 | sync.(*Mutex).Lock (/usr/local/go/src/plugin/plugin_dlopen.go:54:16) pc=196
2 | 1 | internal/sync.(*Mutex).Lock (/usr/local/go/src/sync/mutex.go:46:11) pc=197
3 | -1 | sync.(*Mutex).Unlock (/usr/local/go/src/plugin/plugin_dlopen.go:56:19) pc=305
4 | 3 | internal/sync.(*Mutex).Unlock (/usr/local/go/src/sync/mutex.go:65:13) pc=306
5 | -1 | errors.New (/usr/local/go/src/plugin/plugin_dlopen.go:58:26) pc=366
6 | -1 | plugin.open.func1 (/usr/local/go/src/plugin/plugin_dlopen.go:64:74) pc=590
7 | -1 | sync.(*Mutex).Unlock (/usr/local/go/src/plugin/plugin_dlopen.go:66:19) pc=681
8 | 7 | internal/sync.(*Mutex).Unlock (/usr/local/go/src/sync/mutex.go:65:13) pc=682
9 | -1 | plugin.C.GoString (/usr/local/go/src/plugin/plugin_dlopen.go:67:70) pc=715
10 | -1 | errors.New (/usr/local/go/src/plugin/plugin_dlopen.go:67:25) pc=731
11 | -1 | sync.(*Mutex).Unlock (/usr/local/go/src/plugin/plugin_dlopen.go:93:18) pc=1277
12 | 11 | internal/sync.(*Mutex).Unlock (/usr/local/go/src/sync/mutex.go:65:13) pc=1278
13 | -1 | sync.(*Mutex).Unlock (/usr/local/go/src/plugin/plugin_dlopen.go:83:19) pc=1623
14 | 13 | internal/sync.(*Mutex).Unlock (/usr/local/go/src/sync/mutex.go:65:13) pc=1624
15 | -1 | errors.New (/usr/local/go/src/plugin/plugin_dlopen.go:84:25) pc=939
16 | -1 | errors.New (/usr/local/go/src/plugin/plugin_dlopen.go:49:25) pc=1820
17 | -1 | plugin.open.func2 (/usr/local/go/src/plugin/plugin_dlopen.go:110:70) pc=2254
18 | -1 | plugin.C.GoString (/usr/local/go/src/plugin/plugin_dlopen.go:112:110) pc=2524
19 | -1 | errors.New (/usr/local/go/src/plugin/plugin_dlopen.go:112:26) pc=2540
--
funcpctab plugin.(*Plugin).Lookup [valfunc=pctoinline]
     0     -1 00000 (/usr/local/go/src/plugin/plugin.go:91)	TEXT	plugin.(*Plugin).Lookup(SB), ABIInternal, $96-24
     0     -1 00000 (/usr/local/go/src/plugin/plugin.go:91)	CMPQ	SP, 16(R14)
    12      0 00018 (/usr/local/go/src/plugin/plugin.go:92)	MOVQ	AX, plugin.p+104(SP)
    4d     -1 00077 (/usr/local/go/src/plugin/plugin.go:92)	JMP	213
    52      0 00082 (/usr/local/go/src/plugin/plugin.go:92)	MOVQ	plugin.p+104(SP), DX
    92      1 00146 (/usr/local/go/src/plugin/plugin.go:92)	LEAQ	type:errors.errorString(SB), AX
    cb     -1 00203 (/usr/local/go/src/plugin/plugin.go:92)	MOVQ	AX, CX
   10f done
wrote 13 bytes to 0x3667e56c86d0
 00 12 02 3b 01 05 02 40 02 39 03 44 00
-- inlining tree for plugin.(*Plugin).Lookup:
0 | -1 | plugin.lookup (/usr/local/go/src/plugin/plugin.go:92:15) pc=77
1 | 0 | errors.New (/usr/local/go/src/plugin/plugin_dlopen.go:134:24) pc=82
--
funcpctab plugin.lookup [valfunc=pctoinline]
     0     -1 00000 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	TEXT	plugin.lookup(SB), ABIInternal, $96-24
     0     -1 00000 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	CMPQ	SP, 16(R14)
    89      0 00137 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	LEAQ	type:errors.errorString(SB), AX
    be     -1 00190 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	XORL	BX, BX
   10b done
wrote 8 bytes to 0x3667e56c8dc8
 00 89 01 02 35 01 4d 00
-- inlining tree for plugin.lookup:
0 | -1 | errors.New (/usr/local/go/src/plugin/plugin_dlopen.go:134:24) pc=73
--
funcpctab plugin.Open [valfunc=pctoinline]
     0     -1 00000 (/usr/local/go/src/plugin/plugin.go:83)	TEXT	plugin.Open(SB), ABIInternal, $24-16
     0     -1 00000 (/usr/local/go/src/plugin/plugin.go:83)	CMPQ	SP, 16(R14)
    39 done
wrote 3 bytes to 0x3667e56c93f0
 00 39 00
funcpctab plugin.C.pluginOpen [valfunc=pctoinline]
     0     -1 00000 (_cgo_gotypes.go:84)	TEXT	plugin.C.pluginOpen(SB), $32-24
     0     -1 00000 (_cgo_gotypes.go:84)	MOVQ	(TLS), R14
    9c done
wrote 4 bytes to 0x3667e56c9870
 00 9c 01 00
funcpctab plugin.C.pluginLookup [valfunc=pctoinline]
     0     -1 00000 (_cgo_gotypes.go:69)	TEXT	plugin.C.pluginLookup(SB), $32-32
     0     -1 00000 (_cgo_gotypes.go:69)	MOVQ	(TLS), R14
    d5 done
wrote 4 bytes to 0x3667e56c9d50
 00 d5 01 00
funcpctab plugin.C.realpath [valfunc=pctoinline]
     0     -1 00000 (_cgo_gotypes.go:98)	TEXT	plugin.C.realpath(SB), $32-24
     0     -1 00000 (_cgo_gotypes.go:98)	MOVQ	(TLS), R14
    9c done
wrote 4 bytes to 0x3667e573e2b0
 00 9c 01 00
funcpctab plugin.C.GoString [valfunc=pctoinline]
     0     -1 00000 (_cgo_gotypes.go:60)	TEXT	plugin.C.GoString(SB), ABIInternal, $16-8
     0     -1 00000 (_cgo_gotypes.go:60)	CMPQ	SP, 16(R14)
    2c done
wrote 3 bytes to 0x3667e573e620
 00 2c 00
funcpctab plugin.C.pluginLookup [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	plugin.C.pluginLookup(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $40-24
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
    33 done
wrote 3 bytes to 0x3667e573e978
 00 33 00
funcpctab plugin.C.pluginOpen [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	plugin.C.pluginOpen(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
    2e done
wrote 3 bytes to 0x3667e573ec48
 00 2e 00
funcpctab plugin.C.realpath [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	plugin.C.realpath(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $32-16
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
    2e done
wrote 3 bytes to 0x3667e573ef08
 00 2e 00
funcpctab plugin._Cgo_ptr [valfunc=pctoinline]
     0     -1 00000 (_cgo_gotypes.go:16)	TEXT	plugin._Cgo_ptr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (_cgo_gotypes.go:16)	RET
     1 done
wrote 3 bytes to 0x3667e573f1a0
 00 01 00
funcpctab plugin.init [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	plugin.init(SB), NOSPLIT|NOFRAME|PKGINIT|ABIInternal, $0-0
     0     -1 00000 (<autogenerated>:1)	RET
     1 done
wrote 3 bytes to 0x3667e573f2c8
 00 01 00
plugin.open.func1 STEXT size=0 args=0x0 locals=0x0 funcid=0x0 align=0x0
plugin.open.func2 STEXT size=0 args=0x0 locals=0x0 funcid=0x0 align=0x0
plugin.init STEXT nosplit size=1 args=0x0 locals=0x0 funcid=0x0 align=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	plugin.init(SB), NOSPLIT|NOFRAME|PKGINIT|ABIInternal, $0-0
	0x0000 00000 (<autogenerated>:1)	RET
plugin.Open STEXT size=57 args=0x10 locals=0x18 funcid=0x0 align=0x0
	0x0000 00000 (/usr/local/go/src/plugin/plugin.go:83)	TEXT	plugin.Open(SB), ABIInternal, $24-16
	0x0000 00000 (/usr/local/go/src/plugin/plugin.go:83)	CMPQ	SP, 16(R14)
	0x0004 00004 (/usr/local/go/src/plugin/plugin.go:83)	JLS	30
	0x0006 00006 (/usr/local/go/src/plugin/plugin.go:83)	PUSHQ	BP
	0x0007 00007 (/usr/local/go/src/plugin/plugin.go:83)	MOVQ	SP, BP
	0x000a 00010 (/usr/local/go/src/plugin/plugin.go:83)	SUBQ	$16, SP
	0x000e 00014 (/usr/local/go/src/plugin/plugin.go:83)	MOVQ	AX, plugin.path+32(FP)
	0x0013 00019 (/usr/local/go/src/plugin/plugin.go:84)	CALL	plugin.open(SB)
	0x0018 00024 (/usr/local/go/src/plugin/plugin.go:84)	ADDQ	$16, SP
	0x001c 00028 (/usr/local/go/src/plugin/plugin.go:84)	POPQ	BP
	0x001d 00029 (/usr/local/go/src/plugin/plugin.go:84)	RET
	0x001e 00030 (/usr/local/go/src/plugin/plugin.go:84)	NOP
	0x001e 00030 (/usr/local/go/src/plugin/plugin.go:83)	MOVQ	AX, 8(SP)
	0x0023 00035 (/usr/local/go/src/plugin/plugin.go:83)	MOVQ	BX, 16(SP)
	0x0028 00040 (/usr/local/go/src/plugin/plugin.go:83)	CALL	runtime.morestack_noctxt(SB)
	0x002d 00045 (/usr/local/go/src/plugin/plugin.go:83)	MOVQ	8(SP), AX
	0x0032 00050 (/usr/local/go/src/plugin/plugin.go:83)	MOVQ	16(SP), BX
	0x0037 00055 (/usr/local/go/src/plugin/plugin.go:83)	JMP	0
plugin.(*Plugin).Lookup STEXT size=271 args=0x18 locals=0x60 funcid=0x0 align=0x0
	0x0000 00000 (/usr/local/go/src/plugin/plugin.go:91)	TEXT	plugin.(*Plugin).Lookup(SB), ABIInternal, $96-24
	0x0000 00000 (/usr/local/go/src/plugin/plugin.go:91)	CMPQ	SP, 16(R14)
	0x0004 00004 (/usr/local/go/src/plugin/plugin.go:91)	JLS	231
	0x000a 00010 (/usr/local/go/src/plugin/plugin.go:91)	PUSHQ	BP
	0x000b 00011 (/usr/local/go/src/plugin/plugin.go:91)	MOVQ	SP, BP
	0x000e 00014 (/usr/local/go/src/plugin/plugin.go:91)	SUBQ	$88, SP
	0x0012 00018 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	AX, plugin.p+104(SP)
	0x0017 00023 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	CX, plugin.symName+120(SP)
	0x001c 00028 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	BX, plugin.symName+112(SP)
	0x0021 00033 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	40(AX), DX
	0x0025 00037 (<unknown line number>)	NOP
	0x0025 00037 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	LEAQ	type:map[string]interface {}(SB), AX
	0x002c 00044 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	CX, DI
	0x002f 00047 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	BX, CX
	0x0032 00050 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	DX, BX
	0x0035 00053 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	CALL	runtime.mapaccess1_faststr(SB)
	0x003a 00058 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	(AX), DX
	0x003d 00061 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	NOP
	0x0040 00064 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	TESTQ	DX, DX
	0x0043 00067 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	JEQ	82
	0x0045 00069 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	8(AX), SI
	0x0049 00073 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	XORL	AX, AX
	0x004b 00075 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	XORL	CX, CX
	0x004d 00077 (/usr/local/go/src/plugin/plugin.go:92)	JMP	213
	0x0052 00082 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	plugin.p+104(SP), DX
	0x0057 00087 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	(DX), R10
	0x005a 00090 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	8(DX), R11
	0x005e 00094 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	XORL	AX, AX
	0x0060 00096 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	LEAQ	go:string."plugin: symbol "(SB), BX
	0x0067 00103 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVL	$15, CX
	0x006c 00108 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	plugin.symName+112(SP), DI
	0x0071 00113 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	plugin.symName+120(SP), SI
	0x0076 00118 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	LEAQ	go:string." not found in plugin "(SB), R8
	0x007d 00125 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVL	$21, R9
	0x0083 00131 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	CALL	runtime.concatstring4(SB)
	0x0088 00136 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	BX, plugin.text.len+72(SP)
	0x008d 00141 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	AX, plugin.text.ptr+80(SP)
	0x0092 00146 (<unknown line number>)	NOP
	0x0092 00146 (/usr/local/go/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), AX
	0x0099 00153 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.newobject(SB)
	0x009e 00158 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.len+72(SP), DX
	0x00a3 00163 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, 8(AX)
	0x00a7 00167 (/usr/local/go/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x00ae 00174 (/usr/local/go/src/errors/errors.go:65)	JNE	183
	0x00b0 00176 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+80(SP), DX
	0x00b5 00181 (/usr/local/go/src/errors/errors.go:65)	JMP	196
	0x00b7 00183 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x00bc 00188 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+80(SP), DX
	0x00c1 00193 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x00c4 00196 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x00c7 00199 (/usr/local/go/src/errors/errors.go:65)	XORL	DX, DX
	0x00c9 00201 (/usr/local/go/src/errors/errors.go:65)	XORL	SI, SI
	0x00cb 00203 (/usr/local/go/src/plugin/plugin.go:92)	MOVQ	AX, CX
	0x00ce 00206 (/usr/local/go/src/plugin/plugin.go:92)	LEAQ	go:itab.*errors.errorString,error(SB), AX
	0x00d5 00213 (/usr/local/go/src/plugin/plugin.go:92)	MOVQ	SI, BX
	0x00d8 00216 (/usr/local/go/src/plugin/plugin.go:92)	MOVQ	CX, DI
	0x00db 00219 (/usr/local/go/src/plugin/plugin.go:92)	MOVQ	AX, CX
	0x00de 00222 (/usr/local/go/src/plugin/plugin.go:92)	MOVQ	DX, AX
	0x00e1 00225 (/usr/local/go/src/plugin/plugin.go:92)	ADDQ	$88, SP
	0x00e5 00229 (/usr/local/go/src/plugin/plugin.go:92)	POPQ	BP
	0x00e6 00230 (/usr/local/go/src/plugin/plugin.go:92)	RET
	0x00e7 00231 (/usr/local/go/src/plugin/plugin.go:92)	NOP
	0x00e7 00231 (/usr/local/go/src/plugin/plugin.go:91)	MOVQ	AX, 8(SP)
	0x00ec 00236 (/usr/local/go/src/plugin/plugin.go:91)	MOVQ	BX, 16(SP)
	0x00f1 00241 (/usr/local/go/src/plugin/plugin.go:91)	MOVQ	CX, 24(SP)
	0x00f6 00246 (/usr/local/go/src/plugin/plugin.go:91)	CALL	runtime.morestack_noctxt(SB)
	0x00fb 00251 (/usr/local/go/src/plugin/plugin.go:91)	MOVQ	8(SP), AX
	0x0100 00256 (/usr/local/go/src/plugin/plugin.go:91)	MOVQ	16(SP), BX
	0x0105 00261 (/usr/local/go/src/plugin/plugin.go:91)	MOVQ	24(SP), CX
	0x010a 00266 (/usr/local/go/src/plugin/plugin.go:91)	JMP	0
plugin._Cgo_ptr STEXT nosplit size=1 args=0x8 locals=0x0 funcid=0x0 align=0x0
	0x0000 00000 (_cgo_gotypes.go:16)	TEXT	plugin._Cgo_ptr(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (_cgo_gotypes.go:16)	RET
plugin.C.GoString STEXT size=44 args=0x8 locals=0x10 funcid=0x0 align=0x0
	0x0000 00000 (_cgo_gotypes.go:60)	TEXT	plugin.C.GoString(SB), ABIInternal, $16-8
	0x0000 00000 (_cgo_gotypes.go:60)	CMPQ	SP, 16(R14)
	0x0004 00004 (_cgo_gotypes.go:60)	JLS	25
	0x0006 00006 (_cgo_gotypes.go:60)	PUSHQ	BP
	0x0007 00007 (_cgo_gotypes.go:60)	MOVQ	SP, BP
	0x000a 00010 (_cgo_gotypes.go:60)	SUBQ	$8, SP
	0x000e 00014 (_cgo_gotypes.go:61)	CALL	runtime.gostring(SB)
	0x0013 00019 (_cgo_gotypes.go:61)	ADDQ	$8, SP
	0x0017 00023 (_cgo_gotypes.go:61)	POPQ	BP
	0x0018 00024 (_cgo_gotypes.go:61)	RET
	0x0019 00025 (_cgo_gotypes.go:61)	NOP
	0x0019 00025 (_cgo_gotypes.go:60)	MOVQ	AX, 8(SP)
	0x001e 00030 (_cgo_gotypes.go:60)	NOP
	0x0020 00032 (_cgo_gotypes.go:60)	CALL	runtime.morestack_noctxt(SB)
	0x0025 00037 (_cgo_gotypes.go:60)	MOVQ	8(SP), AX
	0x002a 00042 (_cgo_gotypes.go:60)	JMP	0
plugin.C.pluginLookup STEXT size=213 args=0x20 locals=0x20 funcid=0x0 align=0x0
	0x0000 00000 (_cgo_gotypes.go:69)	TEXT	plugin.C.pluginLookup(SB), $32-32
	0x0000 00000 (_cgo_gotypes.go:69)	MOVQ	(TLS), R14
	0x0009 00009 (_cgo_gotypes.go:69)	CMPQ	SP, 16(R14)
	0x000d 00013 (_cgo_gotypes.go:69)	JLS	203
	0x0013 00019 (_cgo_gotypes.go:69)	PUSHQ	BP
	0x0014 00020 (_cgo_gotypes.go:69)	MOVQ	SP, BP
	0x0017 00023 (_cgo_gotypes.go:69)	SUBQ	$24, SP
	0x001b 00027 (_cgo_gotypes.go:69)	MOVQ	$0, plugin.r1+64(SP)
	0x0024 00036 (_cgo_gotypes.go:70)	LEAQ	plugin.p0+40(SP), BX
	0x0029 00041 (_cgo_gotypes.go:70)	MOVQ	BX, plugin..autotmp_4+16(SP)
	0x002e 00046 (_cgo_gotypes.go:70)	MOVQ	plugin._cgo_a3bb3fdd7889_Cfunc_pluginLookup(SB), AX
	0x0035 00053 (_cgo_gotypes.go:70)	XORPS	X15, X15
	0x0039 00057 (_cgo_gotypes.go:70)	MOVQ	(TLS), R14
	0x0042 00066 (_cgo_gotypes.go:70)	CALL	runtime.cgocall(SB)
	0x0047 00071 (_cgo_gotypes.go:71)	CMPB	runtime.cgoAlwaysFalse(SB), $0
	0x004e 00078 (_cgo_gotypes.go:71)	JEQ	197
	0x0050 00080 (_cgo_gotypes.go:72)	MOVQ	plugin.p0+40(SP), AX
	0x0055 00085 (_cgo_gotypes.go:72)	XORPS	X15, X15
	0x0059 00089 (_cgo_gotypes.go:72)	MOVQ	(TLS), R14
	0x0062 00098 (_cgo_gotypes.go:72)	CALL	runtime.convT64(SB)
	0x0067 00103 (_cgo_gotypes.go:72)	MOVQ	AX, BX
	0x006a 00106 (_cgo_gotypes.go:72)	LEAQ	type:plugin.C.ulong(SB), AX
	0x0071 00113 (_cgo_gotypes.go:72)	XORPS	X15, X15
	0x0075 00117 (_cgo_gotypes.go:72)	MOVQ	(TLS), R14
	0x007e 00126 (_cgo_gotypes.go:72)	NOP
	0x0080 00128 (_cgo_gotypes.go:72)	CALL	runtime.cgoUse(SB)
	0x0085 00133 (_cgo_gotypes.go:73)	LEAQ	type:*plugin.C.char(SB), AX
	0x008c 00140 (_cgo_gotypes.go:73)	MOVQ	plugin.p1+48(SP), BX
	0x0091 00145 (_cgo_gotypes.go:73)	XORPS	X15, X15
	0x0095 00149 (_cgo_gotypes.go:73)	MOVQ	(TLS), R14
	0x009e 00158 (_cgo_gotypes.go:73)	NOP
	0x00a0 00160 (_cgo_gotypes.go:73)	CALL	runtime.cgoUse(SB)
	0x00a5 00165 (_cgo_gotypes.go:74)	LEAQ	type:**plugin.C.char(SB), AX
	0x00ac 00172 (_cgo_gotypes.go:74)	MOVQ	plugin.p2+56(SP), BX
	0x00b1 00177 (_cgo_gotypes.go:74)	XORPS	X15, X15
	0x00b5 00181 (_cgo_gotypes.go:74)	MOVQ	(TLS), R14
	0x00be 00190 (_cgo_gotypes.go:74)	NOP
	0x00c0 00192 (_cgo_gotypes.go:74)	CALL	runtime.cgoUse(SB)
	0x00c5 00197 (_cgo_gotypes.go:76)	ADDQ	$24, SP
	0x00c9 00201 (_cgo_gotypes.go:76)	POPQ	BP
	0x00ca 00202 (_cgo_gotypes.go:76)	RET
	0x00cb 00203 (_cgo_gotypes.go:76)	NOP
	0x00cb 00203 (_cgo_gotypes.go:69)	CALL	runtime.morestack_noctxt(SB)
	0x00d0 00208 (_cgo_gotypes.go:69)	JMP	0
plugin.C.pluginOpen STEXT size=156 args=0x18 locals=0x20 funcid=0x0 align=0x0
	0x0000 00000 (_cgo_gotypes.go:84)	TEXT	plugin.C.pluginOpen(SB), $32-24
	0x0000 00000 (_cgo_gotypes.go:84)	MOVQ	(TLS), R14
	0x0009 00009 (_cgo_gotypes.go:84)	CMPQ	SP, 16(R14)
	0x000d 00013 (_cgo_gotypes.go:84)	JLS	146
	0x0013 00019 (_cgo_gotypes.go:84)	PUSHQ	BP
	0x0014 00020 (_cgo_gotypes.go:84)	MOVQ	SP, BP
	0x0017 00023 (_cgo_gotypes.go:84)	SUBQ	$24, SP
	0x001b 00027 (_cgo_gotypes.go:84)	MOVQ	$0, plugin.r1+56(SP)
	0x0024 00036 (_cgo_gotypes.go:85)	LEAQ	plugin.p0+40(SP), BX
	0x0029 00041 (_cgo_gotypes.go:85)	MOVQ	BX, plugin..autotmp_3+16(SP)
	0x002e 00046 (_cgo_gotypes.go:85)	MOVQ	plugin._cgo_a3bb3fdd7889_Cfunc_pluginOpen(SB), AX
	0x0035 00053 (_cgo_gotypes.go:85)	XORPS	X15, X15
	0x0039 00057 (_cgo_gotypes.go:85)	MOVQ	(TLS), R14
	0x0042 00066 (_cgo_gotypes.go:85)	CALL	runtime.cgocall(SB)
	0x0047 00071 (_cgo_gotypes.go:86)	CMPB	runtime.cgoAlwaysFalse(SB), $0
	0x004e 00078 (_cgo_gotypes.go:86)	JEQ	140
	0x0050 00080 (_cgo_gotypes.go:87)	MOVQ	plugin.p0+40(SP), BX
	0x0055 00085 (_cgo_gotypes.go:87)	LEAQ	type:*plugin.C.char(SB), AX
	0x005c 00092 (_cgo_gotypes.go:87)	XORPS	X15, X15
	0x0060 00096 (_cgo_gotypes.go:87)	MOVQ	(TLS), R14
	0x0069 00105 (_cgo_gotypes.go:87)	CALL	runtime.cgoUse(SB)
	0x006e 00110 (_cgo_gotypes.go:88)	LEAQ	type:**plugin.C.char(SB), AX
	0x0075 00117 (_cgo_gotypes.go:88)	MOVQ	plugin.p1+48(SP), BX
	0x007a 00122 (_cgo_gotypes.go:88)	XORPS	X15, X15
	0x007e 00126 (_cgo_gotypes.go:88)	MOVQ	(TLS), R14
	0x0087 00135 (_cgo_gotypes.go:88)	CALL	runtime.cgoUse(SB)
	0x008c 00140 (_cgo_gotypes.go:90)	ADDQ	$24, SP
	0x0090 00144 (_cgo_gotypes.go:90)	POPQ	BP
	0x0091 00145 (_cgo_gotypes.go:90)	RET
	0x0092 00146 (_cgo_gotypes.go:90)	NOP
	0x0092 00146 (_cgo_gotypes.go:84)	CALL	runtime.morestack_noctxt(SB)
	0x0097 00151 (_cgo_gotypes.go:84)	JMP	0
plugin.C.realpath STEXT size=156 args=0x18 locals=0x20 funcid=0x0 align=0x0
	0x0000 00000 (_cgo_gotypes.go:98)	TEXT	plugin.C.realpath(SB), $32-24
	0x0000 00000 (_cgo_gotypes.go:98)	MOVQ	(TLS), R14
	0x0009 00009 (_cgo_gotypes.go:98)	CMPQ	SP, 16(R14)
	0x000d 00013 (_cgo_gotypes.go:98)	JLS	146
	0x0013 00019 (_cgo_gotypes.go:98)	PUSHQ	BP
	0x0014 00020 (_cgo_gotypes.go:98)	MOVQ	SP, BP
	0x0017 00023 (_cgo_gotypes.go:98)	SUBQ	$24, SP
	0x001b 00027 (_cgo_gotypes.go:98)	MOVQ	$0, plugin.r1+56(SP)
	0x0024 00036 (_cgo_gotypes.go:99)	LEAQ	plugin.p0+40(SP), BX
	0x0029 00041 (_cgo_gotypes.go:99)	MOVQ	BX, plugin..autotmp_3+16(SP)
	0x002e 00046 (_cgo_gotypes.go:99)	MOVQ	plugin._cgo_a3bb3fdd7889_Cfunc_realpath(SB), AX
	0x0035 00053 (_cgo_gotypes.go:99)	XORPS	X15, X15
	0x0039 00057 (_cgo_gotypes.go:99)	MOVQ	(TLS), R14
	0x0042 00066 (_cgo_gotypes.go:99)	CALL	runtime.cgocall(SB)
	0x0047 00071 (_cgo_gotypes.go:100)	CMPB	runtime.cgoAlwaysFalse(SB), $0
	0x004e 00078 (_cgo_gotypes.go:100)	JEQ	140
	0x0050 00080 (_cgo_gotypes.go:101)	MOVQ	plugin.p0+40(SP), BX
	0x0055 00085 (_cgo_gotypes.go:101)	LEAQ	type:*plugin.C.char(SB), AX
	0x005c 00092 (_cgo_gotypes.go:101)	XORPS	X15, X15
	0x0060 00096 (_cgo_gotypes.go:101)	MOVQ	(TLS), R14
	0x0069 00105 (_cgo_gotypes.go:101)	CALL	runtime.cgoUse(SB)
	0x006e 00110 (_cgo_gotypes.go:102)	LEAQ	type:*plugin.C.char(SB), AX
	0x0075 00117 (_cgo_gotypes.go:102)	MOVQ	plugin.p1+48(SP), BX
	0x007a 00122 (_cgo_gotypes.go:102)	XORPS	X15, X15
	0x007e 00126 (_cgo_gotypes.go:102)	MOVQ	(TLS), R14
	0x0087 00135 (_cgo_gotypes.go:102)	CALL	runtime.cgoUse(SB)
	0x008c 00140 (_cgo_gotypes.go:104)	ADDQ	$24, SP
	0x0090 00144 (_cgo_gotypes.go:104)	POPQ	BP
	0x0091 00145 (_cgo_gotypes.go:104)	RET
	0x0092 00146 (_cgo_gotypes.go:104)	NOP
	0x0092 00146 (_cgo_gotypes.go:98)	CALL	runtime.morestack_noctxt(SB)
	0x0097 00151 (_cgo_gotypes.go:98)	JMP	0
plugin.open STEXT size=2957 args=0x10 locals=0x268 funcid=0x0 align=0x0
	0x0000 00000 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	TEXT	plugin.open(SB), ABIInternal, $616-16
	0x0000 00000 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	LEAQ	-488(SP), R12
	0x0008 00008 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	CMPQ	R12, 16(R14)
	0x000c 00012 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	JLS	2927
	0x0012 00018 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	PUSHQ	BP
	0x0013 00019 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	MOVQ	SP, BP
	0x0016 00022 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	SUBQ	$608, SP
	0x001d 00029 (/usr/local/go/src/plugin/plugin_dlopen.go:47)	MOVQ	AX, plugin.name+624(SP)
	0x0025 00037 (/usr/local/go/src/plugin/plugin_dlopen.go:47)	MOVQ	BX, plugin.name+632(SP)
	0x002d 00045 (/usr/local/go/src/plugin/plugin_dlopen.go:43)	LEAQ	type:uint8(SB), AX
	0x0034 00052 (/usr/local/go/src/plugin/plugin_dlopen.go:43)	MOVL	$4097, BX
	0x0039 00057 (/usr/local/go/src/plugin/plugin_dlopen.go:43)	MOVQ	BX, CX
	0x003c 00060 (/usr/local/go/src/plugin/plugin_dlopen.go:43)	NOP
	0x0040 00064 (/usr/local/go/src/plugin/plugin_dlopen.go:43)	CALL	runtime.makeslice(SB)
	0x0045 00069 (/usr/local/go/src/plugin/plugin_dlopen.go:43)	MOVQ	AX, plugin..autotmp_161+592(SP)
	0x004d 00077 (/usr/local/go/src/plugin/plugin_dlopen.go:44)	MOVQ	plugin.name+632(SP), BX
	0x0055 00085 (/usr/local/go/src/plugin/plugin_dlopen.go:44)	LEAQ	1(BX), DX
	0x0059 00089 (/usr/local/go/src/plugin/plugin_dlopen.go:44)	LEAQ	type:uint8(SB), AX
	0x0060 00096 (/usr/local/go/src/plugin/plugin_dlopen.go:44)	MOVQ	BX, CX
	0x0063 00099 (/usr/local/go/src/plugin/plugin_dlopen.go:44)	MOVQ	plugin.name+624(SP), DI
	0x006b 00107 (/usr/local/go/src/plugin/plugin_dlopen.go:44)	MOVQ	DX, BX
	0x006e 00110 (/usr/local/go/src/plugin/plugin_dlopen.go:44)	CALL	runtime.makeslicecopy(SB)
	0x0073 00115 (/usr/local/go/src/plugin/plugin_dlopen.go:46)	MOVQ	AX, (SP)
	0x0077 00119 (/usr/local/go/src/plugin/plugin_dlopen.go:46)	MOVQ	plugin..autotmp_161+592(SP), DX
	0x007f 00127 (/usr/local/go/src/plugin/plugin_dlopen.go:46)	MOVQ	DX, 8(SP)
	0x0084 00132 (/usr/local/go/src/plugin/plugin_dlopen.go:46)	CALL	plugin.C.realpath(SB)
	0x0089 00137 (/usr/local/go/src/plugin/plugin_dlopen.go:46)	XORPS	X15, X15
	0x008d 00141 (/usr/local/go/src/plugin/plugin_dlopen.go:46)	MOVQ	(TLS), R14
	0x0096 00150 (/usr/local/go/src/plugin/plugin_dlopen.go:46)	CMPQ	16(SP), $0
	0x009c 00156 (/usr/local/go/src/plugin/plugin_dlopen.go:46)	NOP
	0x00a0 00160 (/usr/local/go/src/plugin/plugin_dlopen.go:48)	JEQ	1820
	0x00a6 00166 (/usr/local/go/src/plugin/plugin_dlopen.go:52)	XCHGL	AX, AX
	0x00a7 00167 (_cgo_gotypes.go:61)	MOVQ	plugin..autotmp_161+592(SP), AX
	0x00af 00175 (_cgo_gotypes.go:61)	CALL	runtime.gostring(SB)
	0x00b4 00180 (_cgo_gotypes.go:61)	MOVQ	AX, plugin.~r0.ptr+240(SP)
	0x00bc 00188 (_cgo_gotypes.go:61)	MOVQ	BX, plugin.~r0.len+128(SP)
	0x00c4 00196 (/usr/local/go/src/plugin/plugin_dlopen.go:54)	XCHGL	AX, AX
	0x00c5 00197 (/usr/local/go/src/sync/mutex.go:46)	XCHGL	AX, AX
	0x00c6 00198 (_cgo_gotypes.go:61)	MOVQ	AX, CX
	0x00c9 00201 (/usr/local/go/src/internal/sync/mutex.go:63)	XORL	AX, AX
	0x00cb 00203 (/usr/local/go/src/internal/sync/mutex.go:63)	LEAQ	plugin.pluginsMu(SB), DX
	0x00d2 00210 (/usr/local/go/src/internal/sync/mutex.go:63)	MOVL	$1, SI
	0x00d7 00215 (/usr/local/go/src/internal/sync/mutex.go:63)	LOCK
	0x00d8 00216 (/usr/local/go/src/internal/sync/mutex.go:63)	CMPXCHGL	SI, (DX)
	0x00db 00219 (/usr/local/go/src/internal/sync/mutex.go:63)	SETEQ	DL
	0x00de 00222 (/usr/local/go/src/internal/sync/mutex.go:63)	NOP
	0x00e0 00224 (/usr/local/go/src/internal/sync/mutex.go:63)	TESTB	DL, DL
	0x00e2 00226 (/usr/local/go/src/internal/sync/mutex.go:63)	JNE	256
	0x00e4 00228 (/usr/local/go/src/internal/sync/mutex.go:70)	LEAQ	plugin.pluginsMu(SB), AX
	0x00eb 00235 (/usr/local/go/src/internal/sync/mutex.go:70)	CALL	internal/sync.(*Mutex).lockSlow(SB)
	0x00f0 00240 (/usr/local/go/src/plugin/plugin_dlopen.go:55)	MOVQ	plugin.~r0.ptr+240(SP), CX
	0x00f8 00248 (/usr/local/go/src/plugin/plugin_dlopen.go:55)	MOVQ	plugin.~r0.len+128(SP), BX
	0x0100 00256 (/usr/local/go/src/plugin/plugin_dlopen.go:55)	MOVQ	plugin.plugins(SB), DX
	0x0107 00263 (/usr/local/go/src/plugin/plugin_dlopen.go:55)	LEAQ	type:map[string]*plugin.Plugin(SB), AX
	0x010e 00270 (/usr/local/go/src/plugin/plugin_dlopen.go:55)	MOVQ	BX, DI
	0x0111 00273 (/usr/local/go/src/plugin/plugin_dlopen.go:55)	MOVQ	DX, BX
	0x0114 00276 (/usr/local/go/src/plugin/plugin_dlopen.go:55)	CALL	runtime.mapaccess1_faststr(SB)
	0x0119 00281 (/usr/local/go/src/plugin/plugin_dlopen.go:55)	MOVQ	(AX), DX
	0x011c 00284 (/usr/local/go/src/plugin/plugin_dlopen.go:55)	NOP
	0x0120 00288 (/usr/local/go/src/plugin/plugin_dlopen.go:55)	TESTQ	DX, DX
	0x0123 00291 (/usr/local/go/src/plugin/plugin_dlopen.go:55)	JEQ	570
	0x0129 00297 (/usr/local/go/src/plugin/plugin_dlopen.go:55)	MOVQ	DX, plugin.p+344(SP)
	0x0131 00305 (/usr/local/go/src/plugin/plugin_dlopen.go:56)	XCHGL	AX, AX
	0x0132 00306 (/usr/local/go/src/sync/mutex.go:65)	XCHGL	AX, AX
	0x0133 00307 (/usr/local/go/src/internal/sync/mutex.go:194)	MOVL	$-1, BX
	0x0138 00312 (/usr/local/go/src/internal/sync/mutex.go:194)	LEAQ	plugin.pluginsMu(SB), R12
	0x013f 00319 (/usr/local/go/src/internal/sync/mutex.go:194)	LOCK
	0x0140 00320 (/usr/local/go/src/internal/sync/mutex.go:194)	XADDL	BX, (R12)
	0x0145 00325 (/usr/local/go/src/internal/sync/mutex.go:194)	DECL	BX
	0x0147 00327 (/usr/local/go/src/internal/sync/mutex.go:195)	JEQ	349
	0x0149 00329 (/usr/local/go/src/internal/sync/mutex.go:198)	LEAQ	plugin.pluginsMu(SB), AX
	0x0150 00336 (/usr/local/go/src/internal/sync/mutex.go:198)	CALL	internal/sync.(*Mutex).unlockSlow(SB)
	0x0155 00341 (/usr/local/go/src/plugin/plugin_dlopen.go:57)	MOVQ	plugin.p+344(SP), DX
	0x015d 00349 (/usr/local/go/src/plugin/plugin_dlopen.go:57)	MOVQ	24(DX), R11
	0x0161 00353 (/usr/local/go/src/plugin/plugin_dlopen.go:57)	TESTQ	R11, R11
	0x0164 00356 (/usr/local/go/src/plugin/plugin_dlopen.go:57)	JEQ	533
	0x016a 00362 (/usr/local/go/src/plugin/plugin_dlopen.go:57)	MOVQ	16(DX), R10
	0x016e 00366 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	LEAQ	go:string." (previous failure)"(SB), DX
	0x0175 00373 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	MOVQ	DX, (SP)
	0x0179 00377 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	MOVQ	$19, 8(SP)
	0x0182 00386 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	XORL	AX, AX
	0x0184 00388 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	LEAQ	go:string."plugin.Open(\""(SB), BX
	0x018b 00395 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	MOVL	$13, CX
	0x0190 00400 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	MOVQ	plugin.name+624(SP), DI
	0x0198 00408 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	MOVQ	plugin.name+632(SP), SI
	0x01a0 00416 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	LEAQ	go:string."\"): "(SB), R8
	0x01a7 00423 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	MOVL	$4, R9
	0x01ad 00429 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	CALL	runtime.concatstring5(SB)
	0x01b2 00434 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	MOVQ	BX, plugin.text.len+160(SP)
	0x01ba 00442 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	MOVQ	AX, plugin.text.ptr+280(SP)
	0x01c2 00450 (<unknown line number>)	NOP
	0x01c2 00450 (/usr/local/go/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), AX
	0x01c9 00457 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.newobject(SB)
	0x01ce 00462 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.len+160(SP), DX
	0x01d6 00470 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, 8(AX)
	0x01da 00474 (/usr/local/go/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x01e1 00481 (/usr/local/go/src/errors/errors.go:65)	JNE	493
	0x01e3 00483 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+280(SP), DX
	0x01eb 00491 (/usr/local/go/src/errors/errors.go:65)	JMP	509
	0x01ed 00493 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x01f2 00498 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+280(SP), DX
	0x01fa 00506 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x01fd 00509 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x0200 00512 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	LEAQ	go:itab.*errors.errorString,error(SB), BX
	0x0207 00519 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	MOVQ	AX, CX
	0x020a 00522 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	XORL	AX, AX
	0x020c 00524 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	ADDQ	$608, SP
	0x0213 00531 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	POPQ	BP
	0x0214 00532 (/usr/local/go/src/plugin/plugin_dlopen.go:58)	RET
	0x0215 00533 (/usr/local/go/src/plugin/plugin_dlopen.go:60)	MOVQ	32(DX), AX
	0x0219 00537 (/usr/local/go/src/plugin/plugin_dlopen.go:60)	XORL	BX, BX
	0x021b 00539 (/usr/local/go/src/plugin/plugin_dlopen.go:60)	NOP
	0x0220 00544 (/usr/local/go/src/plugin/plugin_dlopen.go:60)	CALL	runtime.chanrecv1(SB)
	0x0225 00549 (/usr/local/go/src/plugin/plugin_dlopen.go:61)	MOVQ	plugin.p+344(SP), AX
	0x022d 00557 (/usr/local/go/src/plugin/plugin_dlopen.go:61)	XORL	BX, BX
	0x022f 00559 (/usr/local/go/src/plugin/plugin_dlopen.go:61)	XORL	CX, CX
	0x0231 00561 (/usr/local/go/src/plugin/plugin_dlopen.go:61)	ADDQ	$608, SP
	0x0238 00568 (/usr/local/go/src/plugin/plugin_dlopen.go:61)	POPQ	BP
	0x0239 00569 (/usr/local/go/src/plugin/plugin_dlopen.go:61)	RET
	0x023a 00570 (/usr/local/go/src/plugin/plugin_dlopen.go:63)	LEAQ	type:*plugin.C.char(SB), AX
	0x0241 00577 (/usr/local/go/src/plugin/plugin_dlopen.go:63)	CALL	runtime.newobject(SB)
	0x0246 00582 (/usr/local/go/src/plugin/plugin_dlopen.go:63)	MOVQ	AX, plugin._cgoBase2+368(SP)
	0x024e 00590 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	XCHGL	AX, AX
	0x024f 00591 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	MOVQ	AX, BX
	0x0252 00594 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	LEAQ	type:bool(SB), CX
	0x0259 00601 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	LEAQ	runtime.staticuint64s+8(SB), DI
	0x0260 00608 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	LEAQ	type:**plugin.C.char(SB), AX
	0x0267 00615 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	CALL	runtime.cgoCheckPointer(SB)
	0x026c 00620 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	MOVQ	plugin..autotmp_161+592(SP), CX
	0x0274 00628 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	MOVQ	CX, (SP)
	0x0278 00632 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	MOVQ	plugin._cgoBase2+368(SP), CX
	0x0280 00640 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	MOVQ	CX, 8(SP)
	0x0285 00645 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	CALL	plugin.C.pluginOpen(SB)
	0x028a 00650 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	XORPS	X15, X15
	0x028e 00654 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	MOVQ	(TLS), R14
	0x0297 00663 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	MOVQ	16(SP), CX
	0x029c 00668 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	NOP
	0x02a0 00672 (/usr/local/go/src/plugin/plugin_dlopen.go:65)	TESTQ	CX, CX
	0x02a3 00675 (/usr/local/go/src/plugin/plugin_dlopen.go:65)	JNE	884
	0x02a9 00681 (/usr/local/go/src/plugin/plugin_dlopen.go:66)	XCHGL	AX, AX
	0x02aa 00682 (/usr/local/go/src/sync/mutex.go:65)	XCHGL	AX, AX
	0x02ab 00683 (/usr/local/go/src/internal/sync/mutex.go:194)	MOVL	$-1, BX
	0x02b0 00688 (/usr/local/go/src/internal/sync/mutex.go:194)	LEAQ	plugin.pluginsMu(SB), CX
	0x02b7 00695 (/usr/local/go/src/internal/sync/mutex.go:194)	LOCK
	0x02b8 00696 (/usr/local/go/src/internal/sync/mutex.go:194)	XADDL	BX, (CX)
	0x02bb 00699 (/usr/local/go/src/internal/sync/mutex.go:194)	DECL	BX
	0x02bd 00701 (/usr/local/go/src/internal/sync/mutex.go:195)	JEQ	715
	0x02bf 00703 (/usr/local/go/src/internal/sync/mutex.go:198)	LEAQ	plugin.pluginsMu(SB), AX
	0x02c6 00710 (/usr/local/go/src/internal/sync/mutex.go:198)	CALL	internal/sync.(*Mutex).unlockSlow(SB)
	0x02cb 00715 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	MOVQ	plugin._cgoBase2+368(SP), CX
	0x02d3 00723 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	MOVQ	(CX), AX
	0x02d6 00726 (<unknown line number>)	NOP
	0x02d6 00726 (_cgo_gotypes.go:61)	CALL	runtime.gostring(SB)
	0x02db 00731 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	MOVL	$13, CX
	0x02e0 00736 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	MOVQ	plugin.name+624(SP), DI
	0x02e8 00744 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	MOVQ	plugin.name+632(SP), SI
	0x02f0 00752 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	LEAQ	go:string."\"): "(SB), R8
	0x02f7 00759 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	MOVL	$4, R9
	0x02fd 00765 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	MOVQ	AX, R10
	0x0300 00768 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	MOVQ	BX, R11
	0x0303 00771 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	XORL	AX, AX
	0x0305 00773 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	LEAQ	go:string."plugin.Open(\""(SB), BX
	0x030c 00780 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	CALL	runtime.concatstring4(SB)
	0x0311 00785 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	MOVQ	BX, plugin.text.len+152(SP)
	0x0319 00793 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	MOVQ	AX, plugin.text.ptr+272(SP)
	0x0321 00801 (<unknown line number>)	NOP
	0x0321 00801 (/usr/local/go/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), AX
	0x0328 00808 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.newobject(SB)
	0x032d 00813 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.len+152(SP), CX
	0x0335 00821 (/usr/local/go/src/errors/errors.go:65)	MOVQ	CX, 8(AX)
	0x0339 00825 (/usr/local/go/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x0340 00832 (/usr/local/go/src/errors/errors.go:65)	JNE	844
	0x0342 00834 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+272(SP), DX
	0x034a 00842 (/usr/local/go/src/errors/errors.go:65)	JMP	860
	0x034c 00844 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x0351 00849 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+272(SP), DX
	0x0359 00857 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x035c 00860 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x035f 00863 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	LEAQ	go:itab.*errors.errorString,error(SB), BX
	0x0366 00870 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	MOVQ	AX, CX
	0x0369 00873 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	XORL	AX, AX
	0x036b 00875 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	ADDQ	$608, SP
	0x0372 00882 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	POPQ	BP
	0x0373 00883 (/usr/local/go/src/plugin/plugin_dlopen.go:67)	RET
	0x0374 00884 (/usr/local/go/src/plugin/plugin_dlopen.go:71)	MOVQ	plugin.name+632(SP), AX
	0x037c 00892 (/usr/local/go/src/plugin/plugin_dlopen.go:71)	NOP
	0x0380 00896 (/usr/local/go/src/plugin/plugin_dlopen.go:71)	CMPQ	AX, $3
	0x0384 00900 (/usr/local/go/src/plugin/plugin_dlopen.go:71)	JLE	939
	0x0386 00902 (/usr/local/go/src/plugin/plugin_dlopen.go:71)	MOVQ	plugin.name+624(SP), DX
	0x038e 00910 (/usr/local/go/src/plugin/plugin_dlopen.go:71)	MOVWLZX	-3(AX)(DX*1), BX
	0x0393 00915 (/usr/local/go/src/plugin/plugin_dlopen.go:71)	CMPW	BX, $29486
	0x0398 00920 (/usr/local/go/src/plugin/plugin_dlopen.go:71)	JNE	947
	0x039a 00922 (/usr/local/go/src/plugin/plugin_dlopen.go:71)	MOVBLZX	-1(AX)(DX*1), BX
	0x039f 00927 (/usr/local/go/src/plugin/plugin_dlopen.go:71)	NOP
	0x03a0 00928 (/usr/local/go/src/plugin/plugin_dlopen.go:71)	CMPB	BL, $111
	0x03a3 00931 (/usr/local/go/src/plugin/plugin_dlopen.go:71)	JNE	947
	0x03a5 00933 (/usr/local/go/src/plugin/plugin_dlopen.go:71)	LEAQ	-3(AX), BX
	0x03a9 00937 (/usr/local/go/src/plugin/plugin_dlopen.go:72)	JMP	950
	0x03ab 00939 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	MOVQ	plugin.name+624(SP), DX
	0x03b3 00947 (/usr/local/go/src/plugin/plugin_dlopen.go:74)	MOVQ	AX, BX
	0x03b6 00950 (/usr/local/go/src/plugin/plugin_dlopen.go:64)	MOVQ	CX, plugin._cgo0+216(SP)
	0x03be 00958 (/usr/local/go/src/plugin/plugin_dlopen.go:74)	MOVQ	BX, plugin..autotmp_162+232(SP)
	0x03c6 00966 (/usr/local/go/src/plugin/plugin_dlopen.go:74)	CMPQ	plugin.plugins(SB), $0
	0x03ce 00974 (/usr/local/go/src/plugin/plugin_dlopen.go:74)	JNE	1016
	0x03d0 00976 (/usr/local/go/src/plugin/plugin_dlopen.go:75)	CALL	runtime.makemap_small(SB)
	0x03d5 00981 (/usr/local/go/src/plugin/plugin_dlopen.go:75)	CMPL	runtime.writeBarrier(SB), $0
	0x03dc 00988 (/usr/local/go/src/plugin/plugin_dlopen.go:75)	JEQ	1009
	0x03de 00990 (/usr/local/go/src/plugin/plugin_dlopen.go:75)	MOVQ	plugin.plugins(SB), CX
	0x03e5 00997 (/usr/local/go/src/plugin/plugin_dlopen.go:75)	CALL	runtime.gcWriteBarrier2(SB)
	0x03ea 01002 (/usr/local/go/src/plugin/plugin_dlopen.go:75)	MOVQ	AX, (R11)
	0x03ed 01005 (/usr/local/go/src/plugin/plugin_dlopen.go:75)	MOVQ	CX, 8(R11)
	0x03f1 01009 (/usr/local/go/src/plugin/plugin_dlopen.go:75)	MOVQ	AX, plugin.plugins(SB)
	0x03f8 01016 (/usr/local/go/src/plugin/plugin_dlopen.go:77)	CALL	plugin.lastmoduleinit(SB)
	0x03fd 01021 (/usr/local/go/src/plugin/plugin_dlopen.go:77)	MOVQ	AX, plugin.pluginpath.ptr+328(SP)
	0x0405 01029 (/usr/local/go/src/plugin/plugin_dlopen.go:77)	MOVQ	BX, plugin.pluginpath.len+184(SP)
	0x040d 01037 (/usr/local/go/src/plugin/plugin_dlopen.go:78)	TESTQ	R10, R10
	0x0410 01040 (/usr/local/go/src/plugin/plugin_dlopen.go:78)	JNE	1419
	0x0416 01046 (/usr/local/go/src/plugin/plugin_dlopen.go:77)	MOVQ	R8, plugin.initTasks.cap+200(SP)
	0x041e 01054 (/usr/local/go/src/plugin/plugin_dlopen.go:77)	MOVQ	SI, plugin.initTasks.len+192(SP)
	0x0426 01062 (/usr/local/go/src/plugin/plugin_dlopen.go:77)	MOVQ	DI, plugin.initTasks.ptr+352(SP)
	0x042e 01070 (/usr/local/go/src/plugin/plugin_dlopen.go:77)	MOVQ	CX, plugin.syms+296(SP)
	0x0436 01078 (/usr/local/go/src/plugin/plugin_dlopen.go:90)	LEAQ	type:chan struct {}(SB), AX
	0x043d 01085 (/usr/local/go/src/plugin/plugin_dlopen.go:90)	XORL	BX, BX
	0x043f 01087 (/usr/local/go/src/plugin/plugin_dlopen.go:90)	NOP
	0x0440 01088 (/usr/local/go/src/plugin/plugin_dlopen.go:90)	CALL	runtime.makechan(SB)
	0x0445 01093 (/usr/local/go/src/plugin/plugin_dlopen.go:90)	MOVQ	AX, plugin..autotmp_163+584(SP)
	0x044d 01101 (/usr/local/go/src/plugin/plugin_dlopen.go:88)	LEAQ	type:plugin.Plugin(SB), AX
	0x0454 01108 (/usr/local/go/src/plugin/plugin_dlopen.go:88)	CALL	runtime.newobject(SB)
	0x0459 01113 (/usr/local/go/src/plugin/plugin_dlopen.go:89)	MOVQ	plugin.pluginpath.len+184(SP), CX
	0x0461 01121 (/usr/local/go/src/plugin/plugin_dlopen.go:89)	MOVQ	CX, 8(AX)
	0x0465 01125 (/usr/local/go/src/plugin/plugin_dlopen.go:89)	CMPL	runtime.writeBarrier(SB), $0
	0x046c 01132 (/usr/local/go/src/plugin/plugin_dlopen.go:89)	JNE	1154
	0x046e 01134 (/usr/local/go/src/plugin/plugin_dlopen.go:89)	MOVQ	plugin.pluginpath.ptr+328(SP), DX
	0x0476 01142 (/usr/local/go/src/plugin/plugin_dlopen.go:90)	MOVQ	plugin..autotmp_163+584(SP), SI
	0x047e 01150 (/usr/local/go/src/plugin/plugin_dlopen.go:90)	NOP
	0x0480 01152 (/usr/local/go/src/plugin/plugin_dlopen.go:89)	JMP	1182
	0x0482 01154 (/usr/local/go/src/plugin/plugin_dlopen.go:89)	CALL	runtime.gcWriteBarrier2(SB)
	0x0487 01159 (/usr/local/go/src/plugin/plugin_dlopen.go:89)	MOVQ	plugin.pluginpath.ptr+328(SP), DX
	0x048f 01167 (/usr/local/go/src/plugin/plugin_dlopen.go:89)	MOVQ	DX, (R11)
	0x0492 01170 (/usr/local/go/src/plugin/plugin_dlopen.go:90)	MOVQ	plugin..autotmp_163+584(SP), SI
	0x049a 01178 (/usr/local/go/src/plugin/plugin_dlopen.go:90)	MOVQ	SI, 8(R11)
	0x049e 01182 (/usr/local/go/src/plugin/plugin_dlopen.go:88)	MOVQ	AX, plugin.p+336(SP)
	0x04a6 01190 (/usr/local/go/src/plugin/plugin_dlopen.go:89)	MOVQ	DX, (AX)
	0x04a9 01193 (/usr/local/go/src/plugin/plugin_dlopen.go:90)	MOVQ	SI, 32(AX)
	0x04ad 01197 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	MOVQ	plugin.plugins(SB), BX
	0x04b4 01204 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	LEAQ	type:map[string]*plugin.Plugin(SB), AX
	0x04bb 01211 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	MOVQ	plugin.~r0.ptr+240(SP), CX
	0x04c3 01219 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	MOVQ	plugin.~r0.len+128(SP), DI
	0x04cb 01227 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	CALL	runtime.mapassign_faststr(SB)
	0x04d0 01232 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	CMPL	runtime.writeBarrier(SB), $0
	0x04d7 01239 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	JNE	1251
	0x04d9 01241 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	MOVQ	plugin.p+336(SP), SI
	0x04e1 01249 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	JMP	1274
	0x04e3 01251 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	MOVQ	(AX), DX
	0x04e6 01254 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	CALL	runtime.gcWriteBarrier2(SB)
	0x04eb 01259 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	MOVQ	plugin.p+336(SP), SI
	0x04f3 01267 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	MOVQ	SI, (R11)
	0x04f6 01270 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	MOVQ	DX, 8(R11)
	0x04fa 01274 (/usr/local/go/src/plugin/plugin_dlopen.go:92)	MOVQ	SI, (AX)
	0x04fd 01277 (/usr/local/go/src/plugin/plugin_dlopen.go:93)	XCHGL	AX, AX
	0x04fe 01278 (/usr/local/go/src/sync/mutex.go:65)	XCHGL	AX, AX
	0x04ff 01279 (/usr/local/go/src/internal/sync/mutex.go:194)	MOVL	$-1, BX
	0x0504 01284 (/usr/local/go/src/internal/sync/mutex.go:194)	LEAQ	plugin.pluginsMu(SB), DX
	0x050b 01291 (/usr/local/go/src/internal/sync/mutex.go:194)	LOCK
	0x050c 01292 (/usr/local/go/src/internal/sync/mutex.go:194)	XADDL	BX, (DX)
	0x050f 01295 (/usr/local/go/src/internal/sync/mutex.go:194)	DECL	BX
	0x0511 01297 (/usr/local/go/src/internal/sync/mutex.go:195)	JEQ	1311
	0x0513 01299 (/usr/local/go/src/internal/sync/mutex.go:198)	LEAQ	plugin.pluginsMu(SB), AX
	0x051a 01306 (/usr/local/go/src/internal/sync/mutex.go:198)	CALL	internal/sync.(*Mutex).unlockSlow(SB)
	0x051f 01311 (/usr/local/go/src/plugin/plugin_dlopen.go:95)	MOVQ	plugin.initTasks.ptr+352(SP), AX
	0x0527 01319 (/usr/local/go/src/plugin/plugin_dlopen.go:95)	MOVQ	plugin.initTasks.len+192(SP), BX
	0x052f 01327 (/usr/local/go/src/plugin/plugin_dlopen.go:95)	MOVQ	plugin.initTasks.cap+200(SP), CX
	0x0537 01335 (/usr/local/go/src/plugin/plugin_dlopen.go:95)	CALL	runtime.doInit(SB)
	0x053c 01340 (/usr/local/go/src/plugin/plugin_dlopen.go:95)	NOP
	0x0540 01344 (/usr/local/go/src/plugin/plugin_dlopen.go:98)	CALL	runtime.makemap_small(SB)
	0x0545 01349 (/usr/local/go/src/plugin/plugin_dlopen.go:98)	MOVQ	AX, plugin.updatedSyms+248(SP)
	0x054d 01357 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	LEAQ	plugin..autotmp_80+472(SP), CX
	0x0555 01365 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVUPS	X15, (CX)
	0x0559 01369 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVUPS	X15, 16(CX)
	0x055e 01374 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVUPS	X15, 32(CX)
	0x0563 01379 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVUPS	X15, 48(CX)
	0x0568 01384 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVUPS	X15, 64(CX)
	0x056d 01389 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVUPS	X15, 80(CX)
	0x0572 01394 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	LEAQ	type:map[string]interface {}(SB), AX
	0x0579 01401 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVQ	plugin.syms+296(SP), BX
	0x0581 01409 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	CALL	runtime.mapIterStart(SB)
	0x0586 01414 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	JMP	1989
	0x058b 01419 (/usr/local/go/src/plugin/plugin_dlopen.go:77)	MOVQ	R9, plugin.errstr.ptr+360(SP)
	0x0593 01427 (/usr/local/go/src/plugin/plugin_dlopen.go:77)	MOVQ	R10, plugin.errstr.len+208(SP)
	0x059b 01435 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	LEAQ	type:plugin.Plugin(SB), AX
	0x05a2 01442 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	CALL	runtime.newobject(SB)
	0x05a7 01447 (/usr/local/go/src/plugin/plugin_dlopen.go:80)	MOVQ	plugin.pluginpath.len+184(SP), CX
	0x05af 01455 (/usr/local/go/src/plugin/plugin_dlopen.go:80)	MOVQ	CX, 8(AX)
	0x05b3 01459 (/usr/local/go/src/plugin/plugin_dlopen.go:80)	CMPL	runtime.writeBarrier(SB), $0
	0x05ba 01466 (/usr/local/go/src/plugin/plugin_dlopen.go:80)	JNE	1486
	0x05bc 01468 (/usr/local/go/src/plugin/plugin_dlopen.go:80)	MOVQ	plugin.pluginpath.ptr+328(SP), DX
	0x05c4 01476 (/usr/local/go/src/plugin/plugin_dlopen.go:81)	MOVQ	plugin.errstr.ptr+360(SP), SI
	0x05cc 01484 (/usr/local/go/src/plugin/plugin_dlopen.go:80)	JMP	1514
	0x05ce 01486 (/usr/local/go/src/plugin/plugin_dlopen.go:80)	CALL	runtime.gcWriteBarrier2(SB)
	0x05d3 01491 (/usr/local/go/src/plugin/plugin_dlopen.go:80)	MOVQ	plugin.pluginpath.ptr+328(SP), DX
	0x05db 01499 (/usr/local/go/src/plugin/plugin_dlopen.go:80)	MOVQ	DX, (R11)
	0x05de 01502 (/usr/local/go/src/plugin/plugin_dlopen.go:81)	MOVQ	plugin.errstr.ptr+360(SP), SI
	0x05e6 01510 (/usr/local/go/src/plugin/plugin_dlopen.go:81)	MOVQ	SI, 8(R11)
	0x05ea 01514 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	MOVQ	AX, plugin..autotmp_164+576(SP)
	0x05f2 01522 (/usr/local/go/src/plugin/plugin_dlopen.go:80)	MOVQ	DX, (AX)
	0x05f5 01525 (/usr/local/go/src/plugin/plugin_dlopen.go:81)	MOVQ	plugin.errstr.len+208(SP), DX
	0x05fd 01533 (/usr/local/go/src/plugin/plugin_dlopen.go:81)	MOVQ	DX, 24(AX)
	0x0601 01537 (/usr/local/go/src/plugin/plugin_dlopen.go:81)	MOVQ	SI, 16(AX)
	0x0605 01541 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	MOVQ	plugin.plugins(SB), BX
	0x060c 01548 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	LEAQ	type:map[string]*plugin.Plugin(SB), AX
	0x0613 01555 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	MOVQ	plugin.~r0.ptr+240(SP), CX
	0x061b 01563 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	MOVQ	plugin.~r0.len+128(SP), DI
	0x0623 01571 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	CALL	runtime.mapassign_faststr(SB)
	0x0628 01576 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	CMPL	runtime.writeBarrier(SB), $0
	0x062f 01583 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	JNE	1595
	0x0631 01585 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	MOVQ	plugin..autotmp_164+576(SP), R12
	0x0639 01593 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	JMP	1620
	0x063b 01595 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	MOVQ	(AX), DX
	0x063e 01598 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	NOP
	0x0640 01600 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	CALL	runtime.gcWriteBarrier2(SB)
	0x0645 01605 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	MOVQ	plugin..autotmp_164+576(SP), R12
	0x064d 01613 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	MOVQ	R12, (R11)
	0x0650 01616 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	MOVQ	DX, 8(R11)
	0x0654 01620 (/usr/local/go/src/plugin/plugin_dlopen.go:79)	MOVQ	R12, (AX)
	0x0657 01623 (/usr/local/go/src/plugin/plugin_dlopen.go:83)	XCHGL	AX, AX
	0x0658 01624 (/usr/local/go/src/sync/mutex.go:65)	XCHGL	AX, AX
	0x0659 01625 (/usr/local/go/src/internal/sync/mutex.go:194)	MOVL	$-1, BX
	0x065e 01630 (/usr/local/go/src/internal/sync/mutex.go:194)	LEAQ	plugin.pluginsMu(SB), DX
	0x0665 01637 (/usr/local/go/src/internal/sync/mutex.go:194)	LOCK
	0x0666 01638 (/usr/local/go/src/internal/sync/mutex.go:194)	XADDL	BX, (DX)
	0x0669 01641 (/usr/local/go/src/internal/sync/mutex.go:194)	DECL	BX
	0x066b 01643 (/usr/local/go/src/internal/sync/mutex.go:195)	JEQ	1657
	0x066d 01645 (/usr/local/go/src/internal/sync/mutex.go:198)	LEAQ	plugin.pluginsMu(SB), AX
	0x0674 01652 (/usr/local/go/src/internal/sync/mutex.go:198)	CALL	internal/sync.(*Mutex).unlockSlow(SB)
	0x0679 01657 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	XORL	AX, AX
	0x067b 01659 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	LEAQ	go:string."plugin.Open(\""(SB), BX
	0x0682 01666 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	MOVL	$13, CX
	0x0687 01671 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	MOVQ	plugin.name+624(SP), DI
	0x068f 01679 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	MOVQ	plugin..autotmp_162+232(SP), SI
	0x0697 01687 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	LEAQ	go:string."\"): "(SB), R8
	0x069e 01694 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	MOVL	$4, R9
	0x06a4 01700 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	MOVQ	plugin.errstr.ptr+360(SP), R10
	0x06ac 01708 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	MOVQ	plugin.errstr.len+208(SP), R11
	0x06b4 01716 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	CALL	runtime.concatstring4(SB)
	0x06b9 01721 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	MOVQ	BX, plugin.text.len+144(SP)
	0x06c1 01729 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	MOVQ	AX, plugin.text.ptr+264(SP)
	0x06c9 01737 (<unknown line number>)	NOP
	0x06c9 01737 (/usr/local/go/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), AX
	0x06d0 01744 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.newobject(SB)
	0x06d5 01749 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.len+144(SP), DX
	0x06dd 01757 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, 8(AX)
	0x06e1 01761 (/usr/local/go/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x06e8 01768 (/usr/local/go/src/errors/errors.go:65)	JNE	1780
	0x06ea 01770 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+264(SP), DX
	0x06f2 01778 (/usr/local/go/src/errors/errors.go:65)	JMP	1796
	0x06f4 01780 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x06f9 01785 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+264(SP), DX
	0x0701 01793 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x0704 01796 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x0707 01799 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	LEAQ	go:itab.*errors.errorString,error(SB), BX
	0x070e 01806 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	MOVQ	AX, CX
	0x0711 01809 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	XORL	AX, AX
	0x0713 01811 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	ADDQ	$608, SP
	0x071a 01818 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	POPQ	BP
	0x071b 01819 (/usr/local/go/src/plugin/plugin_dlopen.go:84)	RET
	0x071c 01820 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	XORL	AX, AX
	0x071e 01822 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	LEAQ	go:string."plugin.Open(\""(SB), BX
	0x0725 01829 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	MOVL	$13, CX
	0x072a 01834 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	MOVQ	plugin.name+624(SP), DI
	0x0732 01842 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	MOVQ	plugin.name+632(SP), SI
	0x073a 01850 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	LEAQ	go:string."\"): realpath failed"(SB), R8
	0x0741 01857 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	MOVL	$19, R9
	0x0747 01863 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	CALL	runtime.concatstring3(SB)
	0x074c 01868 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	MOVQ	BX, plugin.text.len+168(SP)
	0x0754 01876 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	MOVQ	AX, plugin.text.ptr+288(SP)
	0x075c 01884 (<unknown line number>)	NOP
	0x075c 01884 (/usr/local/go/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), AX
	0x0763 01891 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.newobject(SB)
	0x0768 01896 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.len+168(SP), DX
	0x0770 01904 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, 8(AX)
	0x0774 01908 (/usr/local/go/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x077b 01915 (/usr/local/go/src/errors/errors.go:65)	JNE	1927
	0x077d 01917 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+288(SP), DX
	0x0785 01925 (/usr/local/go/src/errors/errors.go:65)	JMP	1943
	0x0787 01927 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x078c 01932 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+288(SP), DX
	0x0794 01940 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x0797 01943 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x079a 01946 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	LEAQ	go:itab.*errors.errorString,error(SB), BX
	0x07a1 01953 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	MOVQ	AX, CX
	0x07a4 01956 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	XORL	AX, AX
	0x07a6 01958 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	ADDQ	$608, SP
	0x07ad 01965 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	POPQ	BP
	0x07ae 01966 (/usr/local/go/src/plugin/plugin_dlopen.go:49)	RET
	0x07af 01967 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	MOVQ	SI, 8(AX)
	0x07b3 01971 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	LEAQ	plugin..autotmp_80+472(SP), AX
	0x07bb 01979 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	NOP
	0x07c0 01984 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	CALL	runtime.mapIterNext(SB)
	0x07c5 01989 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVQ	plugin..autotmp_80+472(SP), DX
	0x07cd 01997 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	TESTQ	DX, DX
	0x07d0 02000 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	JEQ	2828
	0x07d6 02006 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVQ	8(DX), DI
	0x07da 02010 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVQ	plugin..autotmp_80+480(SP), R10
	0x07e2 02018 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVQ	(R10), R11
	0x07e5 02021 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVQ	8(R10), R10
	0x07e9 02025 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVQ	(DX), CX
	0x07ec 02028 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVQ	R11, plugin.sym+312(SP)
	0x07f4 02036 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVQ	R10, plugin.sym+320(SP)
	0x07fc 02044 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	NOP
	0x0800 02048 (/usr/local/go/src/plugin/plugin_dlopen.go:100)	TESTQ	DI, DI
	0x0803 02051 (/usr/local/go/src/plugin/plugin_dlopen.go:100)	JLS	2921
	0x0809 02057 (/usr/local/go/src/plugin/plugin_dlopen.go:100)	MOVBLZX	(CX), DX
	0x080c 02060 (/usr/local/go/src/plugin/plugin_dlopen.go:100)	MOVB	DL, plugin..autotmp_165+95(SP)
	0x0810 02064 (/usr/local/go/src/plugin/plugin_dlopen.go:100)	CMPB	DL, $46
	0x0813 02067 (/usr/local/go/src/plugin/plugin_dlopen.go:101)	JNE	2141
	0x0815 02069 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVQ	CX, plugin.symName.ptr+304(SP)
	0x081d 02077 (/usr/local/go/src/plugin/plugin_dlopen.go:99)	MOVQ	DI, plugin.symName.len+176(SP)
	0x0825 02085 (/usr/local/go/src/plugin/plugin_dlopen.go:102)	LEAQ	type:map[string]interface {}(SB), AX
	0x082c 02092 (/usr/local/go/src/plugin/plugin_dlopen.go:102)	MOVQ	plugin.syms+296(SP), BX
	0x0834 02100 (/usr/local/go/src/plugin/plugin_dlopen.go:102)	CALL	runtime.mapdelete_faststr(SB)
	0x0839 02105 (/usr/local/go/src/plugin/plugin_dlopen.go:103)	MOVQ	plugin.symName.len+176(SP), DI
	0x0841 02113 (/usr/local/go/src/plugin/plugin_dlopen.go:103)	DECQ	DI
	0x0844 02116 (/usr/local/go/src/plugin/plugin_dlopen.go:103)	MOVQ	DI, DX
	0x0847 02119 (/usr/local/go/src/plugin/plugin_dlopen.go:103)	NEGQ	DX
	0x084a 02122 (/usr/local/go/src/plugin/plugin_dlopen.go:103)	SARQ	$63, DX
	0x084e 02126 (/usr/local/go/src/plugin/plugin_dlopen.go:103)	ANDL	$1, DX
	0x0851 02129 (/usr/local/go/src/plugin/plugin_dlopen.go:103)	MOVQ	plugin.symName.ptr+304(SP), SI
	0x0859 02137 (/usr/local/go/src/plugin/plugin_dlopen.go:103)	LEAQ	(SI)(DX*1), CX
	0x085d 02141 (/usr/local/go/src/plugin/plugin_dlopen.go:106)	MOVQ	DI, plugin..autotmp_166+224(SP)
	0x0865 02149 (/usr/local/go/src/plugin/plugin_dlopen.go:106)	MOVQ	CX, plugin..autotmp_167+568(SP)
	0x086d 02157 (/usr/local/go/src/plugin/plugin_dlopen.go:106)	LEAQ	plugin..autotmp_104+96(SP), AX
	0x0872 02162 (/usr/local/go/src/plugin/plugin_dlopen.go:106)	MOVQ	plugin.pluginpath.ptr+328(SP), BX
	0x087a 02170 (/usr/local/go/src/plugin/plugin_dlopen.go:106)	MOVL	$1, SI
	0x087f 02175 (/usr/local/go/src/plugin/plugin_dlopen.go:106)	MOVQ	CX, R8
	0x0882 02178 (/usr/local/go/src/plugin/plugin_dlopen.go:106)	MOVQ	DI, R9
	0x0885 02181 (/usr/local/go/src/plugin/plugin_dlopen.go:106)	MOVQ	plugin.pluginpath.len+184(SP), CX
	0x088d 02189 (/usr/local/go/src/plugin/plugin_dlopen.go:106)	LEAQ	go:string."."(SB), DI
	0x0894 02196 (/usr/local/go/src/plugin/plugin_dlopen.go:106)	CALL	runtime.concatstring3(SB)
	0x0899 02201 (/usr/local/go/src/plugin/plugin_dlopen.go:107)	LEAQ	1(BX), DX
	0x089d 02205 (/usr/local/go/src/plugin/plugin_dlopen.go:107)	MOVQ	BX, CX
	0x08a0 02208 (/usr/local/go/src/plugin/plugin_dlopen.go:107)	MOVQ	AX, DI
	0x08a3 02211 (/usr/local/go/src/plugin/plugin_dlopen.go:107)	LEAQ	type:uint8(SB), AX
	0x08aa 02218 (/usr/local/go/src/plugin/plugin_dlopen.go:107)	MOVQ	DX, BX
	0x08ad 02221 (/usr/local/go/src/plugin/plugin_dlopen.go:107)	CALL	runtime.makeslicecopy(SB)
	0x08b2 02226 (/usr/local/go/src/plugin/plugin_dlopen.go:107)	MOVQ	AX, plugin..autotmp_161+592(SP)
	0x08ba 02234 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	LEAQ	type:unsafe.Pointer(SB), AX
	0x08c1 02241 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	CALL	runtime.newobject(SB)
	0x08c6 02246 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	AX, plugin.&p+600(SP)
	0x08ce 02254 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	XCHGL	AX, AX
	0x08cf 02255 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	LEAQ	type:**plugin.C.char(SB), AX
	0x08d6 02262 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	plugin._cgoBase2+368(SP), BX
	0x08de 02270 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	LEAQ	type:bool(SB), CX
	0x08e5 02277 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	LEAQ	runtime.staticuint64s+8(SB), DI
	0x08ec 02284 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	CALL	runtime.cgoCheckPointer(SB)
	0x08f1 02289 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	plugin._cgo0+216(SP), DX
	0x08f9 02297 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	DX, (SP)
	0x08fd 02301 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	plugin..autotmp_161+592(SP), DX
	0x0905 02309 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	DX, 8(SP)
	0x090a 02314 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	plugin._cgoBase2+368(SP), DX
	0x0912 02322 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	DX, 16(SP)
	0x0917 02327 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	CALL	plugin.C.pluginLookup(SB)
	0x091c 02332 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	XORPS	X15, X15
	0x0920 02336 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	(TLS), R14
	0x0929 02345 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	24(SP), DX
	0x092e 02350 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	CMPL	runtime.writeBarrier(SB), $0
	0x0935 02357 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	JNE	2370
	0x0937 02359 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	plugin.&p+600(SP), SI
	0x093f 02367 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	NOP
	0x0940 02368 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	JMP	2393
	0x0942 02370 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	plugin.&p+600(SP), SI
	0x094a 02378 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	(SI), R8
	0x094d 02381 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	CALL	runtime.gcWriteBarrier2(SB)
	0x0952 02386 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	DX, (R11)
	0x0955 02389 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	R8, 8(R11)
	0x0959 02393 (/usr/local/go/src/plugin/plugin_dlopen.go:110)	MOVQ	DX, (SI)
	0x095c 02396 (/usr/local/go/src/plugin/plugin_dlopen.go:111)	NOP
	0x0960 02400 (/usr/local/go/src/plugin/plugin_dlopen.go:111)	TESTQ	DX, DX
	0x0963 02403 (/usr/local/go/src/plugin/plugin_dlopen.go:111)	JEQ	2524
	0x0965 02405 (/usr/local/go/src/plugin/plugin_dlopen.go:100)	MOVBLZX	plugin..autotmp_165+95(SP), R8
	0x096b 02411 (/usr/local/go/src/plugin/plugin_dlopen.go:100)	CMPB	R8B, $46
	0x096f 02415 (/usr/local/go/src/plugin/plugin_dlopen.go:115)	JNE	2427
	0x0971 02417 (/usr/local/go/src/plugin/plugin_dlopen.go:116)	MOVQ	SI, plugin.sym+320(SP)
	0x0979 02425 (/usr/local/go/src/plugin/plugin_dlopen.go:116)	JMP	2435
	0x097b 02427 (/usr/local/go/src/plugin/plugin_dlopen.go:118)	MOVQ	DX, plugin.sym+320(SP)
	0x0983 02435 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	LEAQ	type:map[string]interface {}(SB), AX
	0x098a 02442 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	MOVQ	plugin.updatedSyms+248(SP), BX
	0x0992 02450 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	MOVQ	plugin..autotmp_167+568(SP), CX
	0x099a 02458 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	MOVQ	plugin..autotmp_166+224(SP), DI
	0x09a2 02466 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	CALL	runtime.mapassign_faststr(SB)
	0x09a7 02471 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	MOVQ	plugin.sym+312(SP), DX
	0x09af 02479 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	MOVQ	plugin.sym+320(SP), SI
	0x09b7 02487 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	MOVQ	DX, (AX)
	0x09ba 02490 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	CMPL	runtime.writeBarrier(SB), $0
	0x09c1 02497 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	JEQ	1967
	0x09c7 02503 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	MOVQ	8(AX), CX
	0x09cb 02507 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	CALL	runtime.gcWriteBarrier2(SB)
	0x09d0 02512 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	MOVQ	SI, (R11)
	0x09d3 02515 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	MOVQ	CX, 8(R11)
	0x09d7 02519 (/usr/local/go/src/plugin/plugin_dlopen.go:122)	JMP	1967
	0x09dc 02524 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	plugin._cgoBase2+368(SP), CX
	0x09e4 02532 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	(CX), AX
	0x09e7 02535 (<unknown line number>)	NOP
	0x09e7 02535 (_cgo_gotypes.go:61)	CALL	runtime.gostring(SB)
	0x09ec 02540 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	$13, plugin..autotmp_82+384(SP)
	0x09f8 02552 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	LEAQ	go:string."plugin.Open(\""(SB), CX
	0x09ff 02559 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	CX, plugin..autotmp_82+376(SP)
	0x0a07 02567 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	plugin..autotmp_162+232(SP), CX
	0x0a0f 02575 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	CX, plugin..autotmp_82+400(SP)
	0x0a17 02583 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	plugin.name+624(SP), CX
	0x0a1f 02591 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	CX, plugin..autotmp_82+392(SP)
	0x0a27 02599 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	$26, plugin..autotmp_82+416(SP)
	0x0a33 02611 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	LEAQ	go:string."\"): could not find symbol "(SB), CX
	0x0a3a 02618 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	CX, plugin..autotmp_82+408(SP)
	0x0a42 02626 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	plugin..autotmp_166+224(SP), CX
	0x0a4a 02634 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	CX, plugin..autotmp_82+432(SP)
	0x0a52 02642 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	plugin..autotmp_167+568(SP), CX
	0x0a5a 02650 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	CX, plugin..autotmp_82+424(SP)
	0x0a62 02658 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	$2, plugin..autotmp_82+448(SP)
	0x0a6e 02670 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	LEAQ	go:string.": "(SB), CX
	0x0a75 02677 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	CX, plugin..autotmp_82+440(SP)
	0x0a7d 02685 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	BX, plugin..autotmp_82+464(SP)
	0x0a85 02693 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	AX, plugin..autotmp_82+456(SP)
	0x0a8d 02701 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	XORL	AX, AX
	0x0a8f 02703 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	LEAQ	plugin..autotmp_82+376(SP), BX
	0x0a97 02711 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVL	$6, CX
	0x0a9c 02716 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	CX, DI
	0x0a9f 02719 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	NOP
	0x0aa0 02720 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	CALL	runtime.concatstrings(SB)
	0x0aa5 02725 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	BX, plugin.text.len+136(SP)
	0x0aad 02733 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	AX, plugin.text.ptr+256(SP)
	0x0ab5 02741 (<unknown line number>)	NOP
	0x0ab5 02741 (/usr/local/go/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), AX
	0x0abc 02748 (/usr/local/go/src/errors/errors.go:65)	NOP
	0x0ac0 02752 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.newobject(SB)
	0x0ac5 02757 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.len+136(SP), CX
	0x0acd 02765 (/usr/local/go/src/errors/errors.go:65)	MOVQ	CX, 8(AX)
	0x0ad1 02769 (/usr/local/go/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x0ad8 02776 (/usr/local/go/src/errors/errors.go:65)	JNE	2788
	0x0ada 02778 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+256(SP), DX
	0x0ae2 02786 (/usr/local/go/src/errors/errors.go:65)	JMP	2804
	0x0ae4 02788 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x0ae9 02793 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+256(SP), DX
	0x0af1 02801 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x0af4 02804 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x0af7 02807 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	LEAQ	go:itab.*errors.errorString,error(SB), BX
	0x0afe 02814 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	MOVQ	AX, CX
	0x0b01 02817 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	XORL	AX, AX
	0x0b03 02819 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	ADDQ	$608, SP
	0x0b0a 02826 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	POPQ	BP
	0x0b0b 02827 (/usr/local/go/src/plugin/plugin_dlopen.go:112)	RET
	0x0b0c 02828 (/usr/local/go/src/plugin/plugin_dlopen.go:124)	CMPL	runtime.writeBarrier(SB), $0
	0x0b13 02835 (/usr/local/go/src/plugin/plugin_dlopen.go:124)	JNE	2855
	0x0b15 02837 (/usr/local/go/src/plugin/plugin_dlopen.go:124)	MOVQ	plugin.p+336(SP), CX
	0x0b1d 02845 (/usr/local/go/src/plugin/plugin_dlopen.go:124)	MOVQ	plugin.updatedSyms+248(SP), BX
	0x0b25 02853 (/usr/local/go/src/plugin/plugin_dlopen.go:124)	JMP	2887
	0x0b27 02855 (/usr/local/go/src/plugin/plugin_dlopen.go:124)	MOVQ	plugin.p+336(SP), CX
	0x0b2f 02863 (/usr/local/go/src/plugin/plugin_dlopen.go:124)	MOVQ	40(CX), DX
	0x0b33 02867 (/usr/local/go/src/plugin/plugin_dlopen.go:124)	CALL	runtime.gcWriteBarrier2(SB)
	0x0b38 02872 (/usr/local/go/src/plugin/plugin_dlopen.go:124)	MOVQ	plugin.updatedSyms+248(SP), BX
	0x0b40 02880 (/usr/local/go/src/plugin/plugin_dlopen.go:124)	MOVQ	BX, (R11)
	0x0b43 02883 (/usr/local/go/src/plugin/plugin_dlopen.go:124)	MOVQ	DX, 8(R11)
	0x0b47 02887 (/usr/local/go/src/plugin/plugin_dlopen.go:124)	MOVQ	BX, 40(CX)
	0x0b4b 02891 (/usr/local/go/src/plugin/plugin_dlopen.go:126)	MOVQ	32(CX), AX
	0x0b4f 02895 (/usr/local/go/src/plugin/plugin_dlopen.go:126)	CALL	runtime.closechan(SB)
	0x0b54 02900 (/usr/local/go/src/plugin/plugin_dlopen.go:127)	MOVQ	plugin.p+336(SP), AX
	0x0b5c 02908 (/usr/local/go/src/plugin/plugin_dlopen.go:127)	XORL	BX, BX
	0x0b5e 02910 (/usr/local/go/src/plugin/plugin_dlopen.go:127)	XORL	CX, CX
	0x0b60 02912 (/usr/local/go/src/plugin/plugin_dlopen.go:127)	ADDQ	$608, SP
	0x0b67 02919 (/usr/local/go/src/plugin/plugin_dlopen.go:127)	POPQ	BP
	0x0b68 02920 (/usr/local/go/src/plugin/plugin_dlopen.go:127)	RET
	0x0b69 02921 (/usr/local/go/src/plugin/plugin_dlopen.go:100)	CALL	runtime.panicBounds(SB)
	0x0b6e 02926 (/usr/local/go/src/plugin/plugin_dlopen.go:100)	XCHGL	AX, AX
	0x0b6f 02927 (/usr/local/go/src/plugin/plugin_dlopen.go:100)	NOP
	0x0b6f 02927 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	MOVQ	AX, 8(SP)
	0x0b74 02932 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	MOVQ	BX, 16(SP)
	0x0b79 02937 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	CALL	runtime.morestack_noctxt(SB)
	0x0b7e 02942 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	MOVQ	8(SP), AX
	0x0b83 02947 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	MOVQ	16(SP), BX
	0x0b88 02952 (/usr/local/go/src/plugin/plugin_dlopen.go:42)	JMP	0
plugin.lookup STEXT size=267 args=0x18 locals=0x60 funcid=0x0 align=0x0
	0x0000 00000 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	TEXT	plugin.lookup(SB), ABIInternal, $96-24
	0x0000 00000 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	CMPQ	SP, 16(R14)
	0x0004 00004 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	JLS	227
	0x000a 00010 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	PUSHQ	BP
	0x000b 00011 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	MOVQ	SP, BP
	0x000e 00014 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	SUBQ	$88, SP
	0x0012 00018 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	AX, plugin.p+104(SP)
	0x0017 00023 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	BX, plugin.symName+112(SP)
	0x001c 00028 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	CX, plugin.symName+120(SP)
	0x0021 00033 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	40(AX), DX
	0x0025 00037 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	LEAQ	type:map[string]interface {}(SB), AX
	0x002c 00044 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	CX, DI
	0x002f 00047 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	BX, CX
	0x0032 00050 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	DX, BX
	0x0035 00053 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	CALL	runtime.mapaccess1_faststr(SB)
	0x003a 00058 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	(AX), DX
	0x003d 00061 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	NOP
	0x0040 00064 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	TESTQ	DX, DX
	0x0043 00067 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	JNE	210
	0x0049 00073 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	plugin.p+104(SP), DX
	0x004e 00078 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	(DX), R10
	0x0051 00081 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	8(DX), R11
	0x0055 00085 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	XORL	AX, AX
	0x0057 00087 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	LEAQ	go:string."plugin: symbol "(SB), BX
	0x005e 00094 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVL	$15, CX
	0x0063 00099 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	plugin.symName+112(SP), DI
	0x0068 00104 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	plugin.symName+120(SP), SI
	0x006d 00109 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	LEAQ	go:string." not found in plugin "(SB), R8
	0x0074 00116 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVL	$21, R9
	0x007a 00122 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	CALL	runtime.concatstring4(SB)
	0x007f 00127 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	BX, plugin.text.len+72(SP)
	0x0084 00132 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	AX, plugin.text.ptr+80(SP)
	0x0089 00137 (<unknown line number>)	NOP
	0x0089 00137 (/usr/local/go/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), AX
	0x0090 00144 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.newobject(SB)
	0x0095 00149 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.len+72(SP), DX
	0x009a 00154 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, 8(AX)
	0x009e 00158 (/usr/local/go/src/errors/errors.go:65)	CMPL	runtime.writeBarrier(SB), $0
	0x00a5 00165 (/usr/local/go/src/errors/errors.go:65)	JNE	174
	0x00a7 00167 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+80(SP), DX
	0x00ac 00172 (/usr/local/go/src/errors/errors.go:65)	JMP	187
	0x00ae 00174 (/usr/local/go/src/errors/errors.go:65)	CALL	runtime.gcWriteBarrier1(SB)
	0x00b3 00179 (/usr/local/go/src/errors/errors.go:65)	MOVQ	plugin.text.ptr+80(SP), DX
	0x00b8 00184 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (R11)
	0x00bb 00187 (/usr/local/go/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x00be 00190 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	XORL	BX, BX
	0x00c0 00192 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	LEAQ	go:itab.*errors.errorString,error(SB), CX
	0x00c7 00199 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	MOVQ	AX, DI
	0x00ca 00202 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	XORL	AX, AX
	0x00cc 00204 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	ADDQ	$88, SP
	0x00d0 00208 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	POPQ	BP
	0x00d1 00209 (/usr/local/go/src/plugin/plugin_dlopen.go:134)	RET
	0x00d2 00210 (/usr/local/go/src/plugin/plugin_dlopen.go:131)	MOVQ	8(AX), BX
	0x00d6 00214 (/usr/local/go/src/plugin/plugin_dlopen.go:132)	MOVQ	DX, AX
	0x00d9 00217 (/usr/local/go/src/plugin/plugin_dlopen.go:132)	XORL	CX, CX
	0x00db 00219 (/usr/local/go/src/plugin/plugin_dlopen.go:132)	XORL	DI, DI
	0x00dd 00221 (/usr/local/go/src/plugin/plugin_dlopen.go:132)	ADDQ	$88, SP
	0x00e1 00225 (/usr/local/go/src/plugin/plugin_dlopen.go:132)	POPQ	BP
	0x00e2 00226 (/usr/local/go/src/plugin/plugin_dlopen.go:132)	RET
	0x00e3 00227 (/usr/local/go/src/plugin/plugin_dlopen.go:132)	NOP
	0x00e3 00227 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	MOVQ	AX, 8(SP)
	0x00e8 00232 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	MOVQ	BX, 16(SP)
	0x00ed 00237 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	MOVQ	CX, 24(SP)
	0x00f2 00242 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	CALL	runtime.morestack_noctxt(SB)
	0x00f7 00247 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	MOVQ	8(SP), AX
	0x00fc 00252 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	MOVQ	16(SP), BX
	0x0101 00257 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	MOVQ	24(SP), CX
	0x0106 00262 (/usr/local/go/src/plugin/plugin_dlopen.go:130)	JMP	0
plugin.C.pluginLookup STEXT dupok nosplit size=51 args=0x18 locals=0x28 funcid=0x17 align=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	plugin.C.pluginLookup(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $40-24
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$32, SP
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0011 00017 (<autogenerated>:1)	MOVQ	CX, 16(SP)
	0x0016 00022 (<autogenerated>:1)	CALL	plugin.C.pluginLookup(SB)
	0x001b 00027 (<autogenerated>:1)	XORPS	X15, X15
	0x001f 00031 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0028 00040 (<autogenerated>:1)	MOVQ	24(SP), AX
	0x002d 00045 (<autogenerated>:1)	ADDQ	$32, SP
	0x0031 00049 (<autogenerated>:1)	POPQ	BP
	0x0032 00050 (<autogenerated>:1)	RET
plugin.C.pluginOpen STEXT dupok nosplit size=46 args=0x10 locals=0x20 funcid=0x17 align=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	plugin.C.pluginOpen(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$24, SP
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0011 00017 (<autogenerated>:1)	CALL	plugin.C.pluginOpen(SB)
	0x0016 00022 (<autogenerated>:1)	XORPS	X15, X15
	0x001a 00026 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0023 00035 (<autogenerated>:1)	MOVQ	16(SP), AX
	0x0028 00040 (<autogenerated>:1)	ADDQ	$24, SP
	0x002c 00044 (<autogenerated>:1)	POPQ	BP
	0x002d 00045 (<autogenerated>:1)	RET
plugin.C.realpath STEXT dupok nosplit size=46 args=0x10 locals=0x20 funcid=0x17 align=0x0
	0x0000 00000 (<autogenerated>:1)	TEXT	plugin.C.realpath(SB), DUPOK|NOSPLIT|ABIWRAPPER|ABIInternal, $32-16
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	SUBQ	$24, SP
	0x0008 00008 (<autogenerated>:1)	MOVQ	AX, (SP)
	0x000c 00012 (<autogenerated>:1)	MOVQ	BX, 8(SP)
	0x0011 00017 (<autogenerated>:1)	CALL	plugin.C.realpath(SB)
	0x0016 00022 (<autogenerated>:1)	XORPS	X15, X15
	0x001a 00026 (<autogenerated>:1)	MOVQ	(TLS), R14
	0x0023 00035 (<autogenerated>:1)	MOVQ	16(SP), AX
	0x0028 00040 (<autogenerated>:1)	ADDQ	$24, SP
	0x002c 00044 (<autogenerated>:1)	POPQ	BP
	0x002d 00045 (<autogenerated>:1)	RET
go:cuinfo.producer.plugin SDWARFCUINFO dupok size=0
go:cuinfo.packagename.plugin SDWARFCUINFO dupok size=0
go:itab.*errors.errorString,error SRODATA dupok size=32
plugin..inittask SNOPTRDATA size=8
runtime.nilinterequal·f SRODATA dupok size=8
runtime.memequal64·f SRODATA dupok size=8
runtime.gcbits.0100000000000000 SRODATA dupok size=8
type:.namedata.*plugin.Symbol. SRODATA dupok size=16
type:*plugin.Symbol SRODATA size=56
runtime.gcbits.0200000000000000 SRODATA dupok size=8
type:.importpath.plugin. SRODATA dupok size=8
type:plugin.Symbol SRODATA size=96
type:.namedata.*plugin.C.ulong- SRODATA dupok size=22
type:*plugin.C.ulong SRODATA size=56
runtime.gcbits. SRODATA dupok size=0
type:plugin.C.ulong SRODATA size=64
type:.namedata.**plugin.C.char- SRODATA dupok size=22
type:.namedata.*plugin.C.char- SRODATA dupok size=21
runtime.memequal8·f SRODATA dupok size=8
type:plugin.C.char SRODATA size=64
type:*plugin.C.char SRODATA size=56
type:**plugin.C.char SRODATA dupok size=56
type:.namedata.*[2]unsafe.Pointer- SRODATA dupok size=20
runtime.memequal128·f SRODATA dupok size=8
runtime.gcbits.0300000000000000 SRODATA dupok size=8
type:[2]unsafe.Pointer SRODATA dupok size=72
type:*[2]unsafe.Pointer SRODATA dupok size=56
type:.namedata.*chan struct {}- SRODATA dupok size=17
type:*chan struct {} SRODATA dupok size=56
runtime.memequal0·f SRODATA dupok size=8
type:.namedata.*struct {}- SRODATA dupok size=12
type:*struct {} SRODATA dupok size=56
type:struct {} SRODATA dupok size=80
type:chan struct {} SRODATA dupok size=64
type:.namedata.*map[string]*plugin.Plugin- SRODATA dupok size=28
type:*map[string]*plugin.Plugin SRODATA dupok size=56
type:.namedata.*plugin.Plugin. SRODATA dupok size=16
runtime.gcbits.3500000000000000 SRODATA dupok size=8
type:.namedata.*map[string]interface {}- SRODATA dupok size=26
type:*map[string]interface {} SRODATA dupok size=56
type:.namedata.*map.group[string]interface {}- SRODATA dupok size=32
type:noalg.*map.group[string]interface {} SRODATA dupok size=56
runtime.gcbits.3233333301000000 SRODATA dupok size=8
type:.namedata.*[8]struct { key string; elem interface {} }- SRODATA dupok size=46
type:noalg.*[8]struct { key string; elem interface {} } SRODATA dupok size=56
runtime.gcbits.9999999900000000 SRODATA dupok size=8
type:.namedata.*struct { key string; elem interface {} }- SRODATA dupok size=43
type:noalg.*struct { key string; elem interface {} } SRODATA dupok size=56
runtime.gcbits.0900000000000000 SRODATA dupok size=8
type:.importpath.. SRODATA dupok size=2
type:.namedata.key- SRODATA dupok size=5
type:.namedata.elem- SRODATA dupok size=6
type:noalg.struct { key string; elem interface {} } SRODATA dupok size=128
type:.namedata.*[]struct { key string; elem interface {} }- SRODATA dupok size=45
type:*[]struct { key string; elem interface {} } SRODATA dupok size=56
type:[]struct { key string; elem interface {} } SRODATA dupok size=56
type:noalg.[8]struct { key string; elem interface {} } SRODATA dupok size=72
type:.namedata.ctrl- SRODATA dupok size=6
type:.namedata.slots- SRODATA dupok size=7
type:noalg.map.group[string]interface {} SRODATA dupok size=128
runtime.strhash·f SRODATA dupok size=8
type:map[string]interface {} SRODATA dupok size=112
type:.namedata.pluginpath- SRODATA dupok size=12
type:.namedata.err- SRODATA dupok size=5
type:.namedata.loaded- SRODATA dupok size=8
type:.namedata.syms- SRODATA dupok size=6
type:plugin.Plugin SRODATA size=192
type:.namedata.*func(*plugin.Plugin, string) (plugin.Symbol, error)- SRODATA dupok size=54
type:*func(*plugin.Plugin, string) (plugin.Symbol, error) SRODATA dupok size=56
type:func(*plugin.Plugin, string) (plugin.Symbol, error) SRODATA dupok size=88
type:.namedata.Lookup. SRODATA dupok size=8
type:.namedata.*func(string) (plugin.Symbol, error)- SRODATA dupok size=38
type:*func(string) (plugin.Symbol, error) SRODATA dupok size=56
type:func(string) (plugin.Symbol, error) SRODATA dupok size=80
type:*plugin.Plugin SRODATA size=88
type:.namedata.*map.group[string]*plugin.Plugin- SRODATA dupok size=34
type:noalg.*map.group[string]*plugin.Plugin SRODATA dupok size=56
runtime.gcbits.dab66d0100000000 SRODATA dupok size=8
type:.namedata.*[8]struct { key string; elem *plugin.Plugin }- SRODATA dupok size=48
type:noalg.*[8]struct { key string; elem *plugin.Plugin } SRODATA dupok size=56
runtime.gcbits.6ddbb60000000000 SRODATA dupok size=8
type:.namedata.*struct { key string; elem *plugin.Plugin }- SRODATA dupok size=45
type:noalg.*struct { key string; elem *plugin.Plugin } SRODATA dupok size=56
runtime.gcbits.0500000000000000 SRODATA dupok size=8
type:noalg.struct { key string; elem *plugin.Plugin } SRODATA dupok size=128
type:.namedata.*[]struct { key string; elem *plugin.Plugin }- SRODATA dupok size=47
type:*[]struct { key string; elem *plugin.Plugin } SRODATA dupok size=56
type:[]struct { key string; elem *plugin.Plugin } SRODATA dupok size=56
type:noalg.[8]struct { key string; elem *plugin.Plugin } SRODATA dupok size=72
type:noalg.map.group[string]*plugin.Plugin SRODATA dupok size=128
type:map[string]*plugin.Plugin SRODATA dupok size=112
runtime.cgoAlwaysFalse SNOPTRBSS size=1
 SDWARFVAR size=39
runtime.strequal·f SRODATA dupok size=8
type:.namedata.*plugin.C._GoString_- SRODATA dupok size=27
type:*plugin.C._GoString_ SRODATA size=56
type:plugin.C._GoString_ SRODATA size=64
type:.namedata.*plugin.C.long- SRODATA dupok size=21
type:*plugin.C.long SRODATA size=56
type:plugin.C.long SRODATA size=64
type:.namedata.*plugin.C.void- SRODATA dupok size=21
type:*plugin.C.void SRODATA size=56
type:plugin.C.void SRODATA size=88
go:constinfo.plugin SDWARFCONST size=32
_cgo_a3bb3fdd7889_Cfunc_pluginLookup SNOPTRBSS size=1
 SDWARFVAR size=53
plugin._cgo_a3bb3fdd7889_Cfunc_pluginLookup SDATA size=8
 SDWARFVAR size=60
_cgo_a3bb3fdd7889_Cfunc_pluginOpen SNOPTRBSS size=1
 SDWARFVAR size=51
plugin._cgo_a3bb3fdd7889_Cfunc_pluginOpen SDATA size=8
 SDWARFVAR size=58
_cgo_a3bb3fdd7889_Cfunc_realpath SNOPTRBSS size=1
 SDWARFVAR size=49
plugin._cgo_a3bb3fdd7889_Cfunc_realpath SDATA size=8
 SDWARFVAR size=56
plugin.pluginsMu SNOPTRBSS size=8
 SDWARFVAR size=33
plugin.plugins SBSS size=8
 SDWARFVAR size=31
type:.namedata.*plugin.initTask- SRODATA dupok size=18
type:*plugin.initTask SRODATA size=56
type:plugin.initTask SRODATA size=96
go:string."plugin: symbol " SRODATA dupok size=15
go:string." not found in plugin " SRODATA dupok size=21
go:string."plugin.Open(\"" SRODATA dupok size=13
go:string."\"): realpath failed" SRODATA dupok size=19
go:string."\"): " SRODATA dupok size=4
go:string." (previous failure)" SRODATA dupok size=19
go:string."." SRODATA dupok size=1
go:string."\"): could not find symbol " SRODATA dupok size=26
go:string.": " SRODATA dupok size=2
plugin..stmp_0 SRODATA static size=1
plugin..stmp_1 SRODATA static size=1
runtime.gcbits.0f06000000000000 SRODATA dupok size=8
runtime.gcbits.5505000000000000 SRODATA dupok size=8
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8
plugin.Open.arginfo1 SRODATA static dupok size=7
plugin.Open.argliveinfo SRODATA static dupok size=2
gclocals·jWS2Kjj4Ck/nXhKPVTPCzA== SRODATA dupok size=11
gclocals·dJUzpsp3Yf15gqnc4dLliw== SRODATA dupok size=11
plugin.(*Plugin).Lookup.arginfo1 SRODATA static dupok size=9
plugin.(*Plugin).Lookup.argliveinfo SRODATA static dupok size=2
plugin._Cgo_ptr.arginfo1 SRODATA static dupok size=3
plugin._Cgo_ptr.argliveinfo SRODATA static dupok size=2
plugin.C.GoString.arginfo1 SRODATA static dupok size=3
plugin.C.GoString.argliveinfo SRODATA static dupok size=2
gclocals·bFK0QWKDa8fBC+VqJft5sQ== SRODATA dupok size=14
gclocals·s556bfxELab64Bb9yJTgFQ== SRODATA dupok size=14
plugin.C.pluginLookup.stkobj SRODATA static size=24
plugin.C.pluginLookup.arginfo0 SRODATA static dupok size=7
gclocals·/PWquDMq73rJKGqHoAH7KA== SRODATA dupok size=12
gclocals·dMDdhlywI8XTHhU5SWnIbQ== SRODATA dupok size=12
plugin.C.pluginOpen.stkobj SRODATA static size=40
plugin.C.pluginOpen.arginfo0 SRODATA static dupok size=5
gclocals·f2pH7XZ5afSaR+XEO7EJ5A== SRODATA dupok size=13
gclocals·ks5RKXoDaptAz05amjf4yA== SRODATA dupok size=13
plugin.C.realpath.stkobj SRODATA static size=40
plugin.C.realpath.arginfo0 SRODATA static dupok size=5
gclocals·0mjan7CYPpdsLCkl5Z/Z2w== SRODATA dupok size=38
gclocals·6w5IpHObbpL8RTcCBjKszw== SRODATA dupok size=188
plugin.open.stkobj SRODATA static size=56
plugin.open.arginfo1 SRODATA static dupok size=7
plugin.open.argliveinfo SRODATA static dupok size=2
plugin.lookup.arginfo1 SRODATA static dupok size=9
plugin.lookup.argliveinfo SRODATA static dupok size=2
gclocals·jJUmT8EancinwDq7lB+tvg== SRODATA dupok size=10
plugin.C.pluginLookup.arginfo1 SRODATA static dupok size=7
plugin.C.pluginLookup.argliveinfo SRODATA static dupok size=2
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10
plugin.C.pluginOpen.arginfo1 SRODATA static dupok size=5
plugin.C.pluginOpen.argliveinfo SRODATA static dupok size=2
plugin.C.realpath.arginfo1 SRODATA static dupok size=5
plugin.C.realpath.argliveinfo SRODATA static dupok size=2
