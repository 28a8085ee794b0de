# crypto/internal/fips140/hmac
funcpctab crypto/internal/fips140/hmac.(*HMAC).Reset [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:82)	TEXT	crypto/internal/fips140/hmac.(*HMAC).Reset(SB), ABIInternal, $88-8
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:82)	CMPQ	SP, 16(R14)
   2fa done
wrote 4 bytes to 0x16b115355b08
 00 fa 05 00
funcpctab crypto/internal/fips140/hmac.init.0.func1 [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	TEXT	crypto/internal/fips140/hmac.init.0.func1(SB), ABIInternal, $96-0
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	CMPQ	SP, 16(R14)
    aa      0 00170 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:27)	MOVQ	64(AX), DX
    b6     -1 00182 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:27)	XCHGL	AX, AX
    b7      0 00183 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:27)	MOVQ	crypto/internal/fips140/hmac..autotmp_58+80(SP), BX
    c5      1 00197 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:28)	MOVQ	crypto/internal/fips140/hmac.h+72(SP), DX
    d6     -1 00214 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:28)	XCHGL	AX, AX
    d7      1 00215 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:28)	MOVQ	crypto/internal/fips140/hmac..autotmp_58+80(SP), BX
    e5     -1 00229 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:29)	MOVQ	crypto/internal/fips140/hmac.h+72(SP), AX
    f5      2 00245 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:29)	CMPQ	BX, $32
   10c     -1 00268 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:29)	JNE	327
   10e      3 00270 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:30)	MOVL	$16, AX
   137     -1 00311 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:30)	MOVQ	AX, BX
   15b done
wrote 26 bytes to 0x16b11550c2a0
 00 aa 01 02 0c 01 01 02 0e 02 11 03 01 04 0e 03 10 06 17 05 02 08 29 07 24 00
-- inlining tree for crypto/internal/fips140/hmac.init.0.func1:
0 | -1 | crypto/internal/fips140/hmac.(*HMAC).Write (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:27:10) pc=182
1 | -1 | crypto/internal/fips140/hmac.(*HMAC).Write (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:28:10) pc=214
2 | -1 | bytes.Equal (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:29:37) pc=229
3 | -1 | errors.New (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:30:21) pc=311
--
funcpctab crypto/internal/fips140/hmac.(*HMAC).Clone [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:145)	TEXT	crypto/internal/fips140/hmac.(*HMAC).Clone(SB), ABIInternal, $80-8
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:145)	CMPQ	SP, 16(R14)
   36f done
wrote 4 bytes to 0x16b1155054e8
 00 ef 06 00
funcpctab crypto/internal/fips140/hmac.New[go.shape.*uint8] [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	TEXT	crypto/internal/fips140/hmac.New[go.shape.*uint8](SB), DUPOK|ABIInternal, $80-40
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	CMPQ	SP, 16(R14)
   305 done
wrote 4 bytes to 0x16b1155ef370
 00 85 06 00
funcpctab crypto/internal/fips140/hmac.New[go.shape.*uint8].func1 [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	TEXT	crypto/internal/fips140/hmac.New[go.shape.*uint8].func1(SB), DUPOK|ABIInternal, $64-24
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	CMPQ	SP, 16(R14)
    b9 done
wrote 4 bytes to 0x16b115482b30
 00 b9 01 00
funcpctab crypto/internal/fips140/hmac.New[go.shape.*uint8].func1.1 [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	TEXT	crypto/internal/fips140/hmac.New[go.shape.*uint8].func1.1(SB), DUPOK|NEEDCTXT|ABIInternal, $8-0
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	CMPQ	SP, 16(R14)
    18 done
wrote 3 bytes to 0x16b115482f30
 00 18 00
funcpctab crypto/internal/fips140/hmac.(*HMAC).Sum [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	TEXT	crypto/internal/fips140/hmac.(*HMAC).Sum(SB), ABIInternal, $72-32
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	CMPQ	SP, 16(R14)
    34      0 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:52)	MOVL	$1, AX
    3e     -1 00062 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:54)	MOVQ	crypto/internal/fips140/hmac.h+80(SP), AX
    a6      1 00166 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:57)	MOVL	$1, AX
    b0     -1 00176 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	crypto/internal/fips140/hmac.h+80(SP), AX
   265 done
wrote 12 bytes to 0x16b115483c80
 00 34 02 0a 01 68 04 0a 03 b5 03 00
-- inlining tree for crypto/internal/fips140/hmac.(*HMAC).Sum:
0 | -1 | crypto/internal/fips140.RecordNonApproved (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:52:28) pc=51
1 | -1 | crypto/internal/fips140.RecordNonApproved (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:57:28) pc=165
--
funcpctab crypto/internal/fips140/hmac.(*errCloneUnsupported).Unwrap [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	crypto/internal/fips140/hmac.(*errCloneUnsupported).Unwrap(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
    1f done
wrote 3 bytes to 0x16b114deacf8
 00 1f 00
funcpctab crypto/internal/fips140/hmac.(*errCloneUnsupported).Error [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	crypto/internal/fips140/hmac.(*errCloneUnsupported).Error(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
     0     -1 00000 (<autogenerated>:1)	PUSHQ	BP
    1d done
wrote 3 bytes to 0x16b114deaf68
 00 1d 00
funcpctab crypto/internal/fips140/hmac.marshalable.MarshalBinary [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	crypto/internal/fips140/hmac.marshalable.MarshalBinary(SB), DUPOK|WRAPPER|ABIInternal, $16-16
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
    43 done
wrote 3 bytes to 0x16b114deb1c8
 00 43 00
funcpctab crypto/internal/fips140/hmac.(*HMAC).Write [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	TEXT	crypto/internal/fips140/hmac.(*HMAC).Write(SB), ABIInternal, $40-32
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	CMPQ	SP, 16(R14)
    5b done
wrote 3 bytes to 0x16b114deb520
 00 5b 00
funcpctab crypto/internal/fips140/hmac.marshalable.UnmarshalBinary [valfunc=pctoinline]
     0     -1 00000 (<autogenerated>:1)	TEXT	crypto/internal/fips140/hmac.marshalable.UnmarshalBinary(SB), DUPOK|WRAPPER|ABIInternal, $40-40
     0     -1 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
    6e done
wrote 3 bytes to 0x16b114deb8e8
 00 6e 00
funcpctab crypto/internal/fips140/hmac.(*HMAC).Size [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	TEXT	crypto/internal/fips140/hmac.(*HMAC).Size(SB), ABIInternal, $16-8
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	CMPQ	SP, 16(R14)
    33 done
wrote 3 bytes to 0x16b114debd10
 00 33 00
funcpctab crypto/internal/fips140/hmac.(*HMAC).BlockSize [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	TEXT	crypto/internal/fips140/hmac.(*HMAC).BlockSize(SB), ABIInternal, $16-8
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	CMPQ	SP, 16(R14)
    33 done
wrote 3 bytes to 0x16b114e8e7d0
 00 33 00
funcpctab crypto/internal/fips140/hmac.New[*crypto/internal/fips140/sha256.Digest] [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	TEXT	crypto/internal/fips140/hmac.New[*crypto/internal/fips140/sha256.Digest](SB), DUPOK|WRAPPER|ABIInternal, $48-32
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	CMPQ	SP, 16(R14)
    62 done
wrote 3 bytes to 0x16b114e8ef00
 00 62 00
funcpctab crypto/internal/fips140/hmac.errCloneUnsupported.Unwrap [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:139)	TEXT	crypto/internal/fips140/hmac.errCloneUnsupported.Unwrap(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:140)	MOVQ	errors.ErrUnsupported(SB), AX
     f done
wrote 3 bytes to 0x16b114e8f210
 00 0f 00
funcpctab crypto/internal/fips140/hmac.MarkAsUsedInKDF [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:207)	TEXT	crypto/internal/fips140/hmac.MarkAsUsedInKDF(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:208)	MOVB	$1, 81(AX)
     5 done
wrote 3 bytes to 0x16b114e8f418
 00 05 00
funcpctab crypto/internal/fips140/hmac.init.0 [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:14)	TEXT	crypto/internal/fips140/hmac.init.0(SB), ABIInternal, $32-0
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:14)	CMPQ	SP, 16(R14)
    33 done
wrote 3 bytes to 0x16b114e8f570
 00 33 00
funcpctab crypto/internal/fips140/hmac.errCloneUnsupported.Error [valfunc=pctoinline]
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:135)	TEXT	crypto/internal/fips140/hmac.errCloneUnsupported.Error(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
     0     -1 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:136)	LEAQ	go:string."crypto/hmac: hash does not support hash.Cloner"(SB), AX
     d done
wrote 3 bytes to 0x16b114e8f7b0
 00 0d 00
crypto/internal/fips140/hmac.init.0 STEXTFIPS size=51 align=0x0 args=0x0 locals=0x20 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:14)	TEXT	crypto/internal/fips140/hmac.init.0(SB), ABIInternal, $32-0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:14)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:14)	JLS	44
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:14)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:14)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:14)	SUBQ	$24, SP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	LEAQ	go:string."HMAC-SHA2-256"(SB), AX
	0x0015 00021 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	MOVL	$13, BX
	0x001a 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	LEAQ	crypto/internal/fips140/hmac.init.0.func1·f(SB), CX
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	CALL	crypto/internal/fips140.CAST(SB)
	0x0026 00038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:34)	ADDQ	$24, SP
	0x002a 00042 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:34)	POPQ	BP
	0x002b 00043 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:34)	RET
	0x002c 00044 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:34)	NOP
	0x002c 00044 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:14)	CALL	runtime.morestack_noctxt(SB)
	0x0031 00049 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:14)	JMP	0
crypto/internal/fips140/hmac.(*HMAC).Sum STEXTFIPS size=613 align=0x0 args=0x20 locals=0x48 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	TEXT	crypto/internal/fips140/hmac.(*HMAC).Sum(SB), ABIInternal, $72-32
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	JLS	562
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	SUBQ	$64, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:51)	MOVQ	AX, crypto/internal/fips140/hmac.h+80(SP)
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:51)	MOVQ	BX, crypto/internal/fips140/hmac.in+88(SP)
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:51)	MOVQ	DI, crypto/internal/fips140/hmac.in+104(SP)
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:51)	MOVQ	CX, crypto/internal/fips140/hmac.in+96(SP)
	0x0026 00038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:51)	CMPQ	88(AX), $14
	0x002b 00043 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:51)	JGE	82
	0x002d 00045 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:51)	CMPB	81(AX), $0
	0x0031 00049 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:51)	JNE	82
	0x0033 00051 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:52)	XCHGL	AX, AX
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/indicator.go:61)	MOVL	$1, AX
	0x0039 00057 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/indicator.go:61)	CALL	crypto/internal/fips140.setIndicator(SB)
	0x003e 00062 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:54)	MOVQ	crypto/internal/fips140/hmac.h+80(SP), AX
	0x0043 00067 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	crypto/internal/fips140/hmac.in+96(SP), CX
	0x0048 00072 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	crypto/internal/fips140/hmac.in+88(SP), BX
	0x004d 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	crypto/internal/fips140/hmac.in+104(SP), DI
	0x0052 00082 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:54)	MOVQ	64(AX), DX
	0x0056 00086 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:54)	TESTQ	DX, DX
	0x0059 00089 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:54)	JEQ	165
	0x005b 00091 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:54)	MOVL	16(DX), SI
	0x005e 00094 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:54)	NOP
	0x0060 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:54)	CMPL	SI, $1542530196
	0x0066 00102 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:54)	JNE	118
	0x0068 00104 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:55)	LEAQ	go:itab.*crypto/internal/fips140/sha3.Digest,hash.Hash(SB), SI
	0x006f 00111 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:55)	CMPQ	DX, SI
	0x0072 00114 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:55)	JEQ	196
	0x0074 00116 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:55)	JMP	165
	0x0076 00118 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:54)	CMPL	SI, $-1506243907
	0x007c 00124 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:54)	JNE	140
	0x007e 00126 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:55)	LEAQ	go:itab.*crypto/internal/fips140/sha512.Digest,hash.Hash(SB), SI
	0x0085 00133 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:55)	CMPQ	DX, SI
	0x0088 00136 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:55)	JEQ	196
	0x008a 00138 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:55)	JMP	165
	0x008c 00140 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:54)	CMPL	SI, $-582427194
	0x0092 00146 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:54)	JNE	165
	0x0094 00148 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:55)	LEAQ	go:itab.*crypto/internal/fips140/sha256.Digest,hash.Hash(SB), SI
	0x009b 00155 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:55)	NOP
	0x00a0 00160 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:55)	CMPQ	DX, SI
	0x00a3 00163 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:55)	JEQ	196
	0x00a5 00165 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:57)	XCHGL	AX, AX
	0x00a6 00166 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/indicator.go:61)	MOVL	$1, AX
	0x00ab 00171 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/indicator.go:61)	CALL	crypto/internal/fips140.setIndicator(SB)
	0x00b0 00176 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	crypto/internal/fips140/hmac.h+80(SP), AX
	0x00b5 00181 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	crypto/internal/fips140/hmac.in+96(SP), CX
	0x00ba 00186 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	crypto/internal/fips140/hmac.in+88(SP), BX
	0x00bf 00191 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	crypto/internal/fips140/hmac.in+104(SP), DI
	0x00c4 00196 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	64(AX), DX
	0x00c8 00200 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	72(AX), AX
	0x00cc 00204 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	48(DX), DX
	0x00d0 00208 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	CALL	DX
	0x00d2 00210 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	AX, crypto/internal/fips140/hmac..autotmp_19+56(SP)
	0x00d7 00215 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	BX, crypto/internal/fips140/hmac..autotmp_20+40(SP)
	0x00dc 00220 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:61)	MOVQ	CX, crypto/internal/fips140/hmac..autotmp_21+32(SP)
	0x00e1 00225 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:63)	MOVQ	crypto/internal/fips140/hmac.h+80(SP), DX
	0x00e6 00230 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:63)	CMPB	80(DX), $0
	0x00ea 00234 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:63)	JEQ	275
	0x00ec 00236 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	48(DX), SI
	0x00f0 00240 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	56(DX), R8
	0x00f4 00244 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	TESTQ	SI, SI
	0x00f7 00247 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	JEQ	549
	0x00fd 00253 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	8(SI), R9
	0x0101 00257 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	crypto/internal/fips140/hmac..typeAssert.0(SB), R10
	0x0108 00264 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	(R10), R11
	0x010b 00267 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVL	16(SI), SI
	0x010e 00270 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	JMP	438
	0x0113 00275 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:68)	MOVQ	48(DX), CX
	0x0117 00279 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:68)	MOVQ	56(DX), AX
	0x011b 00283 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:68)	MOVQ	32(CX), CX
	0x011f 00287 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:68)	NOP
	0x0120 00288 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:68)	CALL	CX
	0x0122 00290 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:69)	MOVQ	crypto/internal/fips140/hmac.h+80(SP), CX
	0x0127 00295 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:69)	MOVQ	48(CX), DX
	0x012b 00299 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:69)	MOVQ	56(CX), AX
	0x012f 00303 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:69)	MOVQ	56(DX), DX
	0x0133 00307 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:69)	MOVQ	(CX), BX
	0x0136 00310 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:69)	MOVQ	8(CX), SI
	0x013a 00314 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:69)	MOVQ	16(CX), DI
	0x013e 00318 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:69)	MOVQ	SI, CX
	0x0141 00321 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:69)	CALL	DX
	0x0143 00323 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	MOVQ	crypto/internal/fips140/hmac..autotmp_20+40(SP), CX
	0x0148 00328 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	MOVQ	crypto/internal/fips140/hmac.in+96(SP), DX
	0x014d 00333 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	CMPQ	CX, DX
	0x0150 00336 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	JCS	433
	0x0152 00338 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	MOVQ	crypto/internal/fips140/hmac.h+80(SP), SI
	0x0157 00343 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	MOVQ	48(SI), R8
	0x015b 00347 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	MOVQ	56(SI), AX
	0x015f 00351 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	MOVQ	56(R8), SI
	0x0163 00355 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	MOVQ	crypto/internal/fips140/hmac..autotmp_21+32(SP), DI
	0x0168 00360 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	MOVQ	DI, R8
	0x016b 00363 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	SUBQ	DX, R8
	0x016e 00366 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	SUBQ	DX, CX
	0x0171 00369 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	MOVQ	R8, DI
	0x0174 00372 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	NEGQ	R8
	0x0177 00375 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	SARQ	$63, R8
	0x017b 00379 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	ANDQ	DX, R8
	0x017e 00382 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	MOVQ	crypto/internal/fips140/hmac..autotmp_19+56(SP), DX
	0x0183 00387 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	LEAQ	(DX)(R8*1), BX
	0x0187 00391 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	CALL	SI
	0x0189 00393 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:72)	MOVQ	crypto/internal/fips140/hmac.h+80(SP), DX
	0x018e 00398 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:72)	MOVQ	48(DX), SI
	0x0192 00402 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:72)	MOVQ	56(DX), AX
	0x0196 00406 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:72)	MOVQ	48(SI), DX
	0x019a 00410 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:72)	MOVQ	crypto/internal/fips140/hmac..autotmp_19+56(SP), BX
	0x019f 00415 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:72)	MOVQ	crypto/internal/fips140/hmac.in+96(SP), CX
	0x01a4 00420 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:72)	MOVQ	crypto/internal/fips140/hmac..autotmp_21+32(SP), DI
	0x01a9 00425 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:72)	CALL	DX
	0x01ab 00427 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:72)	ADDQ	$64, SP
	0x01af 00431 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:72)	POPQ	BP
	0x01b0 00432 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:72)	RET
	0x01b1 00433 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:71)	CALL	runtime.panicBounds(SB)
	0x01b6 00438 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	SI, R12
	0x01b9 00441 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	ANDQ	R11, SI
	0x01bc 00444 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	SHLQ	$4, SI
	0x01c0 00448 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	8(SI)(R10*1), R13
	0x01c5 00453 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	CMPQ	R13, R9
	0x01c8 00456 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	JEQ	503
	0x01ca 00458 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	LEAQ	1(R12), SI
	0x01cf 00463 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	TESTQ	R13, R13
	0x01d2 00466 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	JNE	438
	0x01d4 00468 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	R8, crypto/internal/fips140/hmac..autotmp_22+48(SP)
	0x01d9 00473 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	LEAQ	crypto/internal/fips140/hmac..typeAssert.0(SB), AX
	0x01e0 00480 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	R9, BX
	0x01e3 00483 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	CALL	runtime.typeAssert(SB)
	0x01e8 00488 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	crypto/internal/fips140/hmac.h+80(SP), DX
	0x01ed 00493 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	crypto/internal/fips140/hmac..autotmp_22+48(SP), R8
	0x01f2 00498 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	AX, SI
	0x01f5 00501 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	JMP	508
	0x01f7 00503 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	16(SI)(R10*1), SI
	0x01fc 00508 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	32(SI), SI
	0x0200 00512 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	(DX), BX
	0x0203 00515 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	8(DX), CX
	0x0207 00519 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	16(DX), DI
	0x020b 00523 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	MOVQ	R8, AX
	0x020e 00526 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	CALL	SI
	0x0210 00528 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	TESTQ	AX, AX
	0x0213 00531 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	JEQ	323
	0x0219 00537 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:65)	MOVQ	8(AX), AX
	0x021d 00541 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:65)	NOP
	0x0220 00544 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:65)	CALL	runtime.gopanic(SB)
	0x0225 00549 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	LEAQ	type:crypto/internal/fips140/hmac.marshalable(SB), AX
	0x022c 00556 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	CALL	runtime.panicnildottype(SB)
	0x0231 00561 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	XCHGL	AX, AX
	0x0232 00562 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:64)	NOP
	0x0232 00562 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	MOVQ	AX, 8(SP)
	0x0237 00567 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	MOVQ	BX, 16(SP)
	0x023c 00572 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	MOVQ	CX, 24(SP)
	0x0241 00577 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	MOVQ	DI, 32(SP)
	0x0246 00582 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	CALL	runtime.morestack_noctxt(SB)
	0x024b 00587 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	MOVQ	8(SP), AX
	0x0250 00592 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	MOVQ	16(SP), BX
	0x0255 00597 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	MOVQ	24(SP), CX
	0x025a 00602 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	MOVQ	32(SP), DI
	0x025f 00607 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	NOP
	0x0260 00608 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:47)	JMP	0
crypto/internal/fips140/hmac.(*HMAC).Write STEXTFIPS size=91 align=0x0 args=0x20 locals=0x28 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	TEXT	crypto/internal/fips140/hmac.(*HMAC).Write(SB), ABIInternal, $40-32
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	JLS	40
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	SUBQ	$32, SP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	MOVQ	BX, crypto/internal/fips140/hmac.p+56(FP)
	0x0013 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVQ	64(AX), DX
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVQ	72(AX), AX
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVQ	56(DX), DX
	0x001f 00031 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	NOP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	CALL	DX
	0x0022 00034 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	ADDQ	$32, SP
	0x0026 00038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	POPQ	BP
	0x0027 00039 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	RET
	0x0028 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	NOP
	0x0028 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	MOVQ	AX, 8(SP)
	0x002d 00045 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	MOVQ	BX, 16(SP)
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	MOVQ	CX, 24(SP)
	0x0037 00055 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	MOVQ	DI, 32(SP)
	0x003c 00060 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	NOP
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	CALL	runtime.morestack_noctxt(SB)
	0x0045 00069 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	MOVQ	8(SP), AX
	0x004a 00074 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	MOVQ	16(SP), BX
	0x004f 00079 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	MOVQ	24(SP), CX
	0x0054 00084 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	MOVQ	32(SP), DI
	0x0059 00089 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:75)	JMP	0
crypto/internal/fips140/hmac.(*HMAC).Size STEXTFIPS size=51 align=0x0 args=0x8 locals=0x10 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	TEXT	crypto/internal/fips140/hmac.(*HMAC).Size(SB), ABIInternal, $16-8
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	JLS	34
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	SUBQ	$8, SP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	MOVQ	48(AX), CX
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	MOVQ	56(AX), AX
	0x0016 00022 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	MOVQ	40(CX), CX
	0x001a 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	CALL	CX
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	ADDQ	$8, SP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	POPQ	BP
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	RET
	0x0022 00034 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	NOP
	0x0022 00034 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	MOVQ	AX, 8(SP)
	0x0027 00039 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	CALL	runtime.morestack_noctxt(SB)
	0x002c 00044 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	MOVQ	8(SP), AX
	0x0031 00049 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:79)	JMP	0
crypto/internal/fips140/hmac.(*HMAC).BlockSize STEXTFIPS size=51 align=0x0 args=0x8 locals=0x10 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	TEXT	crypto/internal/fips140/hmac.(*HMAC).BlockSize(SB), ABIInternal, $16-8
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	JLS	34
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	SUBQ	$8, SP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	MOVQ	64(AX), CX
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	MOVQ	72(AX), AX
	0x0016 00022 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	MOVQ	24(CX), CX
	0x001a 00026 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	CALL	CX
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	ADDQ	$8, SP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	POPQ	BP
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	RET
	0x0022 00034 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	NOP
	0x0022 00034 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	MOVQ	AX, 8(SP)
	0x0027 00039 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	CALL	runtime.morestack_noctxt(SB)
	0x002c 00044 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	MOVQ	8(SP), AX
	0x0031 00049 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:80)	JMP	0
crypto/internal/fips140/hmac.(*HMAC).Reset STEXTFIPS size=762 align=0x0 args=0x8 locals=0x58 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:82)	TEXT	crypto/internal/fips140/hmac.(*HMAC).Reset(SB), ABIInternal, $88-8
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:82)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:82)	JLS	742
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:82)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:82)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:82)	SUBQ	$80, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:83)	MOVQ	AX, crypto/internal/fips140/hmac.h+96(SP)
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:83)	CMPB	80(AX), $0
	0x001b 00027 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:83)	JEQ	69
	0x001d 00029 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	64(AX), DX
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	72(AX), SI
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	TESTQ	DX, DX
	0x0028 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	JEQ	724
	0x002e 00046 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	8(DX), BX
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	crypto/internal/fips140/hmac..typeAssert.1(SB), R8
	0x0039 00057 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	(R8), R9
	0x003c 00060 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVL	16(DX), DX
	0x003f 00063 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	NOP
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	JMP	613
	0x0045 00069 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:90)	MOVQ	64(AX), CX
	0x0049 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:90)	MOVQ	72(AX), AX
	0x004d 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:90)	MOVQ	32(CX), CX
	0x0051 00081 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:90)	CALL	CX
	0x0053 00083 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:91)	MOVQ	crypto/internal/fips140/hmac.h+96(SP), CX
	0x0058 00088 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:91)	MOVQ	64(CX), DX
	0x005c 00092 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:91)	MOVQ	72(CX), AX
	0x0060 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:91)	MOVQ	56(DX), DX
	0x0064 00100 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:91)	MOVQ	24(CX), BX
	0x0068 00104 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:91)	MOVQ	32(CX), SI
	0x006c 00108 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:91)	MOVQ	40(CX), DI
	0x0070 00112 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:91)	MOVQ	SI, CX
	0x0073 00115 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:91)	CALL	DX
	0x0075 00117 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	MOVQ	crypto/internal/fips140/hmac.h+96(SP), CX
	0x007a 00122 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	MOVQ	64(CX), DX
	0x007e 00126 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	MOVQ	72(CX), AX
	0x0082 00130 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	MOVQ	AX, crypto/internal/fips140/hmac.marshalableInner.data+56(SP)
	0x0087 00135 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	TESTQ	DX, DX
	0x008a 00138 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	JEQ	165
	0x008c 00140 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	MOVQ	8(DX), BX
	0x0090 00144 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	MOVQ	crypto/internal/fips140/hmac..typeAssert.2(SB), SI
	0x0097 00151 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	MOVQ	(SI), DI
	0x009a 00154 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	MOVL	16(DX), DX
	0x009d 00157 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	NOP
	0x00a0 00160 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	JMP	541
	0x00a5 00165 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	TESTQ	DX, DX
	0x00a8 00168 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:107)	JEQ	210
	0x00aa 00170 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	MOVQ	48(CX), SI
	0x00ae 00174 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	MOVQ	56(CX), DI
	0x00b2 00178 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	MOVQ	DI, crypto/internal/fips140/hmac.marshalableOuter.data+48(SP)
	0x00b7 00183 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	TESTQ	SI, SI
	0x00ba 00186 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	JEQ	224
	0x00bc 00188 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	MOVQ	8(SI), BX
	0x00c0 00192 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	MOVQ	crypto/internal/fips140/hmac..typeAssert.3(SB), R8
	0x00c7 00199 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	MOVQ	(R8), R9
	0x00ca 00202 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	MOVL	16(SI), SI
	0x00cd 00205 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	JMP	457
	0x00d2 00210 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:108)	ADDQ	$80, SP
	0x00d6 00214 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:108)	POPQ	BP
	0x00d7 00215 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:108)	RET
	0x00d8 00216 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:108)	NOP
	0x00e0 00224 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	TESTQ	SI, SI
	0x00e3 00227 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:111)	JEQ	451
	0x00e9 00233 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	MOVQ	SI, crypto/internal/fips140/hmac..autotmp_40+72(SP)
	0x00ee 00238 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:115)	MOVQ	24(DX), CX
	0x00f2 00242 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:115)	CALL	CX
	0x00f4 00244 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:116)	TESTQ	DI, DI
	0x00f7 00247 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:116)	JNE	445
	0x00fd 00253 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:115)	MOVQ	CX, crypto/internal/fips140/hmac.imarshal.cap+40(SP)
	0x0102 00258 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:115)	MOVQ	BX, crypto/internal/fips140/hmac.imarshal.len+32(SP)
	0x0107 00263 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:115)	MOVQ	AX, crypto/internal/fips140/hmac.imarshal.ptr+64(SP)
	0x010c 00268 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:120)	MOVQ	crypto/internal/fips140/hmac.h+96(SP), CX
	0x0111 00273 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:120)	MOVQ	48(CX), DX
	0x0115 00277 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:120)	MOVQ	56(CX), AX
	0x0119 00281 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:120)	MOVQ	32(DX), CX
	0x011d 00285 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:120)	CALL	CX
	0x011f 00287 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:121)	MOVQ	crypto/internal/fips140/hmac.h+96(SP), CX
	0x0124 00292 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:121)	MOVQ	48(CX), DX
	0x0128 00296 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:121)	MOVQ	56(CX), AX
	0x012c 00300 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:121)	MOVQ	56(DX), DX
	0x0130 00304 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:121)	MOVQ	(CX), BX
	0x0133 00307 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:121)	MOVQ	8(CX), SI
	0x0137 00311 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:121)	MOVQ	16(CX), DI
	0x013b 00315 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:121)	MOVQ	SI, CX
	0x013e 00318 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:121)	NOP
	0x0140 00320 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:121)	CALL	DX
	0x0142 00322 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:122)	MOVQ	crypto/internal/fips140/hmac..autotmp_40+72(SP), CX
	0x0147 00327 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:122)	MOVQ	24(CX), CX
	0x014b 00331 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:122)	MOVQ	crypto/internal/fips140/hmac.marshalableOuter.data+48(SP), AX
	0x0150 00336 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:122)	CALL	CX
	0x0152 00338 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:123)	TESTQ	DI, DI
	0x0155 00341 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:123)	JNE	439
	0x0157 00343 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	MOVQ	crypto/internal/fips140/hmac.imarshal.len+32(SP), DX
	0x015c 00348 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	MOVQ	crypto/internal/fips140/hmac.h+96(SP), SI
	0x0161 00353 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	MOVQ	DX, 32(SI)
	0x0165 00357 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	MOVQ	crypto/internal/fips140/hmac.imarshal.cap+40(SP), DX
	0x016a 00362 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	MOVQ	DX, 40(SI)
	0x016e 00366 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	CMPL	runtime.writeBarrier(SB), $0
	0x0175 00373 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	JNE	382
	0x0177 00375 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	MOVQ	crypto/internal/fips140/hmac.imarshal.ptr+64(SP), R8
	0x017c 00380 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	JMP	414
	0x017e 00382 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	MOVQ	24(SI), DX
	0x0182 00386 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:129)	MOVQ	(SI), DI
	0x0185 00389 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	CALL	runtime.gcWriteBarrier4(SB)
	0x018a 00394 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	MOVQ	crypto/internal/fips140/hmac.imarshal.ptr+64(SP), R8
	0x018f 00399 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	MOVQ	R8, (R11)
	0x0192 00402 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	MOVQ	DX, 8(R11)
	0x0196 00406 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:129)	MOVQ	AX, 16(R11)
	0x019a 00410 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:129)	MOVQ	DI, 24(R11)
	0x019e 00414 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:128)	MOVQ	R8, 24(SI)
	0x01a2 00418 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:129)	MOVQ	BX, 8(SI)
	0x01a6 00422 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:129)	MOVQ	CX, 16(SI)
	0x01aa 00426 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:129)	MOVQ	AX, (SI)
	0x01ad 00429 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:130)	MOVB	$1, 80(SI)
	0x01b1 00433 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:131)	ADDQ	$80, SP
	0x01b5 00437 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:131)	POPQ	BP
	0x01b6 00438 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:131)	RET
	0x01b7 00439 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:124)	ADDQ	$80, SP
	0x01bb 00443 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:124)	POPQ	BP
	0x01bc 00444 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:124)	RET
	0x01bd 00445 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:117)	ADDQ	$80, SP
	0x01c1 00449 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:117)	POPQ	BP
	0x01c2 00450 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:117)	RET
	0x01c3 00451 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:112)	ADDQ	$80, SP
	0x01c7 00455 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:112)	POPQ	BP
	0x01c8 00456 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:112)	RET
	0x01c9 00457 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	MOVQ	SI, R10
	0x01cc 00460 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	ANDQ	R9, SI
	0x01cf 00463 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	SHLQ	$4, SI
	0x01d3 00467 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	MOVQ	8(R8)(SI*1), R11
	0x01d8 00472 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	CMPQ	R11, BX
	0x01db 00475 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	JEQ	531
	0x01dd 00477 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	LEAQ	1(R10), SI
	0x01e1 00481 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	TESTQ	R11, R11
	0x01e4 00484 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	JNE	457
	0x01e6 00486 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	MOVQ	DX, crypto/internal/fips140/hmac..autotmp_40+72(SP)
	0x01eb 00491 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	LEAQ	crypto/internal/fips140/hmac..typeAssert.3(SB), AX
	0x01f2 00498 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	CALL	runtime.typeAssert(SB)
	0x01f7 00503 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:120)	MOVQ	crypto/internal/fips140/hmac.h+96(SP), CX
	0x01fc 00508 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:115)	MOVQ	crypto/internal/fips140/hmac..autotmp_40+72(SP), DX
	0x0201 00513 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:122)	MOVQ	crypto/internal/fips140/hmac.marshalableOuter.data+48(SP), DI
	0x0206 00518 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	MOVQ	AX, SI
	0x0209 00521 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:115)	MOVQ	crypto/internal/fips140/hmac.marshalableInner.data+56(SP), AX
	0x020e 00526 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	JMP	224
	0x0213 00531 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	MOVQ	16(R8)(SI*1), SI
	0x0218 00536 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	JMP	224
	0x021d 00541 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	MOVQ	DX, R8
	0x0220 00544 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	ANDQ	DI, DX
	0x0223 00547 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	SHLQ	$4, DX
	0x0227 00551 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	MOVQ	8(SI)(DX*1), R9
	0x022c 00556 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	CMPQ	R9, BX
	0x022f 00559 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	JEQ	600
	0x0231 00561 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	LEAQ	1(R8), DX
	0x0235 00565 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	TESTQ	R9, R9
	0x0238 00568 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	JNE	541
	0x023a 00570 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	LEAQ	crypto/internal/fips140/hmac..typeAssert.2(SB), AX
	0x0241 00577 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	CALL	runtime.typeAssert(SB)
	0x0246 00582 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:110)	MOVQ	crypto/internal/fips140/hmac.h+96(SP), CX
	0x024b 00587 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	MOVQ	AX, DX
	0x024e 00590 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:115)	MOVQ	crypto/internal/fips140/hmac.marshalableInner.data+56(SP), AX
	0x0253 00595 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	JMP	165
	0x0258 00600 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	MOVQ	16(SI)(DX*1), DX
	0x025d 00605 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	NOP
	0x0260 00608 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:106)	JMP	165
	0x0265 00613 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	DX, R10
	0x0268 00616 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	ANDQ	R9, DX
	0x026b 00619 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	SHLQ	$4, DX
	0x026f 00623 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	8(R8)(DX*1), R11
	0x0274 00628 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	CMPQ	R11, BX
	0x0277 00631 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	JEQ	677
	0x0279 00633 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	LEAQ	1(R10), DX
	0x027d 00637 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	NOP
	0x0280 00640 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	TESTQ	R11, R11
	0x0283 00643 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	JNE	613
	0x0285 00645 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	SI, crypto/internal/fips140/hmac..autotmp_40+72(SP)
	0x028a 00650 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	LEAQ	crypto/internal/fips140/hmac..typeAssert.1(SB), AX
	0x0291 00657 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	CALL	runtime.typeAssert(SB)
	0x0296 00662 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	crypto/internal/fips140/hmac..autotmp_40+72(SP), SI
	0x029b 00667 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	AX, DX
	0x029e 00670 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	crypto/internal/fips140/hmac.h+96(SP), AX
	0x02a3 00675 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	JMP	682
	0x02a5 00677 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	16(R8)(DX*1), DX
	0x02aa 00682 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	32(DX), DX
	0x02ae 00686 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	24(AX), BX
	0x02b2 00690 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	32(AX), CX
	0x02b6 00694 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	40(AX), DI
	0x02ba 00698 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	MOVQ	SI, AX
	0x02bd 00701 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	CALL	DX
	0x02bf 00703 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	NOP
	0x02c0 00704 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	TESTQ	AX, AX
	0x02c3 00707 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	JNE	715
	0x02c5 00709 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:87)	ADDQ	$80, SP
	0x02c9 00713 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:87)	POPQ	BP
	0x02ca 00714 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:87)	RET
	0x02cb 00715 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:85)	MOVQ	8(AX), AX
	0x02cf 00719 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:85)	CALL	runtime.gopanic(SB)
	0x02d4 00724 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	LEAQ	type:crypto/internal/fips140/hmac.marshalable(SB), AX
	0x02db 00731 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	NOP
	0x02e0 00736 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	CALL	runtime.panicnildottype(SB)
	0x02e5 00741 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	XCHGL	AX, AX
	0x02e6 00742 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:84)	NOP
	0x02e6 00742 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:82)	MOVQ	AX, 8(SP)
	0x02eb 00747 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:82)	CALL	runtime.morestack_noctxt(SB)
	0x02f0 00752 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:82)	MOVQ	8(SP), AX
	0x02f5 00757 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:82)	JMP	0
crypto/internal/fips140/hmac.errCloneUnsupported.Error STEXTFIPS nosplit size=13 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:135)	TEXT	crypto/internal/fips140/hmac.errCloneUnsupported.Error(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:136)	LEAQ	go:string."crypto/hmac: hash does not support hash.Cloner"(SB), AX
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:136)	MOVL	$46, BX
	0x000c 00012 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:136)	RET
crypto/internal/fips140/hmac.errCloneUnsupported.Unwrap STEXTFIPS nosplit size=15 align=0x0 args=0x0 locals=0x0 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:139)	TEXT	crypto/internal/fips140/hmac.errCloneUnsupported.Unwrap(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:140)	MOVQ	errors.ErrUnsupported(SB), AX
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:140)	MOVQ	errors.ErrUnsupported+8(SB), BX
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:140)	RET
crypto/internal/fips140/hmac.(*HMAC).Clone STEXTFIPS size=879 align=0x0 args=0x8 locals=0x50 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:145)	TEXT	crypto/internal/fips140/hmac.(*HMAC).Clone(SB), ABIInternal, $80-8
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:145)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:145)	JLS	859
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:145)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:145)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:145)	SUBQ	$72, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	MOVQ	AX, crypto/internal/fips140/hmac.h+88(SP)
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	LEAQ	type:crypto/internal/fips140/hmac.HMAC(SB), AX
	0x001e 00030 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	NOP
	0x0020 00032 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	CALL	runtime.newobject(SB)
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVQ	AX, crypto/internal/fips140/hmac.&r+64(SP)
	0x002a 00042 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVQ	crypto/internal/fips140/hmac.h+88(SP), CX
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	TESTB	AL, (CX)
	0x0031 00049 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	CMPL	runtime.writeBarrier(SB), $0
	0x0038 00056 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	JEQ	83
	0x003a 00058 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVQ	AX, BX
	0x003d 00061 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	LEAQ	type:crypto/internal/fips140/hmac.HMAC(SB), AX
	0x0044 00068 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	CALL	runtime.wbMove(SB)
	0x0049 00073 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVQ	crypto/internal/fips140/hmac.&r+64(SP), AX
	0x004e 00078 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVQ	crypto/internal/fips140/hmac.h+88(SP), CX
	0x0053 00083 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVUPS	(CX), X14
	0x0057 00087 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVUPS	X14, (AX)
	0x005b 00091 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVUPS	16(CX), X14
	0x0060 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVUPS	X14, 16(AX)
	0x0065 00101 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVUPS	32(CX), X14
	0x006a 00106 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVUPS	X14, 32(AX)
	0x006f 00111 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVUPS	48(CX), X14
	0x0074 00116 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVUPS	X14, 48(AX)
	0x0079 00121 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVUPS	64(CX), X14
	0x007e 00126 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVUPS	X14, 64(AX)
	0x0083 00131 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVUPS	80(CX), X14
	0x0088 00136 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:146)	MOVUPS	X14, 80(AX)
	0x008d 00141 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	MOVQ	64(CX), DX
	0x0091 00145 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	MOVQ	72(CX), SI
	0x0095 00149 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	MOVQ	SI, crypto/internal/fips140/hmac.ic.data+40(SP)
	0x009a 00154 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	TESTQ	DX, DX
	0x009d 00157 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	JEQ	181
	0x009f 00159 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	MOVQ	8(DX), BX
	0x00a3 00163 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	MOVQ	crypto/internal/fips140/hmac..typeAssert.4(SB), R8
	0x00aa 00170 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	MOVQ	(R8), R9
	0x00ad 00173 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	MOVL	16(DX), DX
	0x00b0 00176 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	JMP	783
	0x00b5 00181 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	TESTQ	DX, DX
	0x00b8 00184 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:148)	JEQ	229
	0x00ba 00186 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	MOVQ	48(CX), R8
	0x00be 00190 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	MOVQ	56(CX), R9
	0x00c2 00194 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	MOVQ	R9, crypto/internal/fips140/hmac.oc.data+32(SP)
	0x00c7 00199 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	TESTQ	R8, R8
	0x00ca 00202 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	JEQ	256
	0x00cc 00204 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	MOVQ	8(R8), BX
	0x00d0 00208 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	MOVQ	crypto/internal/fips140/hmac..typeAssert.5(SB), R10
	0x00d7 00215 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	MOVQ	(R10), R11
	0x00da 00218 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	MOVL	16(R8), R8
	0x00de 00222 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	NOP
	0x00e0 00224 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	JMP	695
	0x00e5 00229 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:149)	XORL	AX, AX
	0x00e7 00231 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:149)	XORL	BX, BX
	0x00e9 00233 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:149)	LEAQ	go:itab.crypto/internal/fips140/hmac.errCloneUnsupported,error(SB), CX
	0x00f0 00240 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:149)	LEAQ	runtime.zerobase(SB), DI
	0x00f7 00247 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:149)	ADDQ	$72, SP
	0x00fb 00251 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:149)	POPQ	BP
	0x00fc 00252 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:149)	RET
	0x00fd 00253 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:149)	NOP
	0x0100 00256 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	TESTQ	R8, R8
	0x0103 00259 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:152)	JEQ	303
	0x0105 00261 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	MOVQ	R8, crypto/internal/fips140/hmac..autotmp_32+56(SP)
	0x010a 00266 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	32(DX), CX
	0x010e 00270 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	SI, AX
	0x0111 00273 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	CALL	CX
	0x0113 00275 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	TESTQ	AX, AX
	0x0116 00278 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	JEQ	327
	0x0118 00280 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	8(AX), DX
	0x011c 00284 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	crypto/internal/fips140/hmac..typeAssert.6(SB), SI
	0x0123 00291 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	(SI), R8
	0x0126 00294 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVL	16(AX), R9
	0x012a 00298 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	JMP	613
	0x012f 00303 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:153)	XORL	AX, AX
	0x0131 00305 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:153)	XORL	BX, BX
	0x0133 00307 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:153)	LEAQ	go:itab.crypto/internal/fips140/hmac.errCloneUnsupported,error(SB), CX
	0x013a 00314 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:153)	LEAQ	runtime.zerobase(SB), DI
	0x0141 00321 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:153)	ADDQ	$72, SP
	0x0145 00325 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:153)	POPQ	BP
	0x0146 00326 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:153)	RET
	0x0147 00327 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	crypto/internal/fips140/hmac.&r+64(SP), DX
	0x014c 00332 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	AX, 64(DX)
	0x0150 00336 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	CMPL	runtime.writeBarrier(SB), $0
	0x0157 00343 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	JEQ	364
	0x0159 00345 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	72(DX), SI
	0x015d 00349 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	NOP
	0x0160 00352 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	CALL	runtime.gcWriteBarrier2(SB)
	0x0165 00357 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	BX, (R11)
	0x0168 00360 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	SI, 8(R11)
	0x016c 00364 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	BX, 72(DX)
	0x0170 00368 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:157)	TESTQ	CX, CX
	0x0173 00371 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:157)	JNE	414
	0x0175 00373 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	crypto/internal/fips140/hmac..autotmp_32+56(SP), CX
	0x017a 00378 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	32(CX), CX
	0x017e 00382 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	crypto/internal/fips140/hmac.oc.data+32(SP), AX
	0x0183 00387 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	CALL	CX
	0x0185 00389 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	TESTQ	AX, AX
	0x0188 00392 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	JEQ	438
	0x018a 00394 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	8(AX), DX
	0x018e 00398 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	crypto/internal/fips140/hmac..typeAssert.7(SB), SI
	0x0195 00405 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	(SI), R8
	0x0198 00408 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVL	16(AX), R9
	0x019c 00412 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	JMP	529
	0x019e 00414 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:158)	XORL	AX, AX
	0x01a0 00416 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:158)	XORL	BX, BX
	0x01a2 00418 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:158)	LEAQ	go:itab.crypto/internal/fips140/hmac.errCloneUnsupported,error(SB), CX
	0x01a9 00425 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:158)	LEAQ	runtime.zerobase(SB), DI
	0x01b0 00432 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:158)	ADDQ	$72, SP
	0x01b4 00436 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:158)	POPQ	BP
	0x01b5 00437 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:158)	RET
	0x01b6 00438 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	crypto/internal/fips140/hmac.&r+64(SP), DX
	0x01bb 00443 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	AX, 48(DX)
	0x01bf 00447 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	CMPL	runtime.writeBarrier(SB), $0
	0x01c6 00454 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	JEQ	472
	0x01c8 00456 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	56(DX), SI
	0x01cc 00460 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	CALL	runtime.gcWriteBarrier2(SB)
	0x01d1 00465 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	BX, (R11)
	0x01d4 00468 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	SI, 8(R11)
	0x01d8 00472 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	BX, 56(DX)
	0x01dc 00476 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:161)	NOP
	0x01e0 00480 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:161)	TESTQ	CX, CX
	0x01e3 00483 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:161)	JEQ	509
	0x01e5 00485 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:162)	XORL	AX, AX
	0x01e7 00487 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:162)	XORL	BX, BX
	0x01e9 00489 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:162)	LEAQ	go:itab.crypto/internal/fips140/hmac.errCloneUnsupported,error(SB), CX
	0x01f0 00496 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:162)	LEAQ	runtime.zerobase(SB), DI
	0x01f7 00503 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:162)	ADDQ	$72, SP
	0x01fb 00507 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:162)	POPQ	BP
	0x01fc 00508 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:162)	RET
	0x01fd 00509 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:164)	LEAQ	go:itab.*crypto/internal/fips140/hmac.HMAC,hash.Cloner(SB), AX
	0x0204 00516 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:164)	MOVQ	DX, BX
	0x0207 00519 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:164)	XORL	CX, CX
	0x0209 00521 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:164)	XORL	DI, DI
	0x020b 00523 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:164)	ADDQ	$72, SP
	0x020f 00527 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:164)	POPQ	BP
	0x0210 00528 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:164)	RET
	0x0211 00529 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	R9, R10
	0x0214 00532 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	ANDQ	R8, R9
	0x0217 00535 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	SHLQ	$4, R9
	0x021b 00539 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	8(SI)(R9*1), R11
	0x0220 00544 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	CMPQ	R11, DX
	0x0223 00547 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	JEQ	598
	0x0225 00549 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	LEAQ	1(R10), R9
	0x0229 00553 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	TESTQ	R11, R11
	0x022c 00556 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	JNE	529
	0x022e 00558 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	CX, crypto/internal/fips140/hmac.err.itab+24(SP)
	0x0233 00563 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	BX, crypto/internal/fips140/hmac..autotmp_32+56(SP)
	0x0238 00568 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	LEAQ	crypto/internal/fips140/hmac..typeAssert.7(SB), AX
	0x023f 00575 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	DX, BX
	0x0242 00578 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	CALL	runtime.typeAssert(SB)
	0x0247 00583 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:161)	MOVQ	crypto/internal/fips140/hmac.err.itab+24(SP), CX
	0x024c 00588 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	crypto/internal/fips140/hmac..autotmp_32+56(SP), BX
	0x0251 00593 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	JMP	438
	0x0256 00598 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	16(SI)(R9*1), AX
	0x025b 00603 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	NOP
	0x0260 00608 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	JMP	438
	0x0265 00613 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	R9, R10
	0x0268 00616 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	ANDQ	R8, R9
	0x026b 00619 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	SHLQ	$4, R9
	0x026f 00623 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	8(SI)(R9*1), R11
	0x0274 00628 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	CMPQ	R11, DX
	0x0277 00631 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	JEQ	685
	0x0279 00633 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	LEAQ	1(R10), R9
	0x027d 00637 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	NOP
	0x0280 00640 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	TESTQ	R11, R11
	0x0283 00643 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	JNE	613
	0x0285 00645 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	CX, crypto/internal/fips140/hmac.err.itab+24(SP)
	0x028a 00650 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	BX, crypto/internal/fips140/hmac..autotmp_33+48(SP)
	0x028f 00655 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	LEAQ	crypto/internal/fips140/hmac..typeAssert.6(SB), AX
	0x0296 00662 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	DX, BX
	0x0299 00665 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	CALL	runtime.typeAssert(SB)
	0x029e 00670 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:157)	MOVQ	crypto/internal/fips140/hmac.err.itab+24(SP), CX
	0x02a3 00675 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	crypto/internal/fips140/hmac..autotmp_33+48(SP), BX
	0x02a8 00680 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	JMP	327
	0x02ad 00685 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	16(SI)(R9*1), AX
	0x02b2 00690 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	JMP	327
	0x02b7 00695 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	MOVQ	R8, R12
	0x02ba 00698 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	ANDQ	R11, R8
	0x02bd 00701 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	SHLQ	$4, R8
	0x02c1 00705 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	MOVQ	8(R10)(R8*1), R13
	0x02c6 00710 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	CMPQ	R13, BX
	0x02c9 00713 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	JEQ	773
	0x02cb 00715 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	LEAQ	1(R12), R8
	0x02d0 00720 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	TESTQ	R13, R13
	0x02d3 00723 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	JNE	695
	0x02d5 00725 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	MOVQ	DX, crypto/internal/fips140/hmac..autotmp_32+56(SP)
	0x02da 00730 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	LEAQ	crypto/internal/fips140/hmac..typeAssert.5(SB), AX
	0x02e1 00737 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	CALL	runtime.typeAssert(SB)
	0x02e6 00742 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	crypto/internal/fips140/hmac..autotmp_32+56(SP), DX
	0x02eb 00747 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	crypto/internal/fips140/hmac.ic.data+40(SP), SI
	0x02f0 00752 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:160)	MOVQ	crypto/internal/fips140/hmac.oc.data+32(SP), R9
	0x02f5 00757 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	MOVQ	AX, R8
	0x02f8 00760 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	crypto/internal/fips140/hmac.&r+64(SP), AX
	0x02fd 00765 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	NOP
	0x0300 00768 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	JMP	256
	0x0305 00773 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	MOVQ	16(R10)(R8*1), R8
	0x030a 00778 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	JMP	256
	0x030f 00783 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	MOVQ	DX, R10
	0x0312 00786 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	ANDQ	R9, DX
	0x0315 00789 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	SHLQ	$4, DX
	0x0319 00793 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	MOVQ	8(R8)(DX*1), R11
	0x031e 00798 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	NOP
	0x0320 00800 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	CMPQ	R11, BX
	0x0323 00803 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	JEQ	849
	0x0325 00805 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	LEAQ	1(R10), DX
	0x0329 00809 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	TESTQ	R11, R11
	0x032c 00812 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	JNE	783
	0x032e 00814 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	LEAQ	crypto/internal/fips140/hmac..typeAssert.4(SB), AX
	0x0335 00821 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	CALL	runtime.typeAssert(SB)
	0x033a 00826 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:151)	MOVQ	crypto/internal/fips140/hmac.h+88(SP), CX
	0x033f 00831 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	crypto/internal/fips140/hmac.ic.data+40(SP), SI
	0x0344 00836 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	MOVQ	AX, DX
	0x0347 00839 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:156)	MOVQ	crypto/internal/fips140/hmac.&r+64(SP), AX
	0x034c 00844 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	JMP	181
	0x0351 00849 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	MOVQ	16(R8)(DX*1), DX
	0x0356 00854 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	JMP	181
	0x035b 00859 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:147)	NOP
	0x035b 00859 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:145)	MOVQ	AX, 8(SP)
	0x0360 00864 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:145)	CALL	runtime.morestack_noctxt(SB)
	0x0365 00869 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:145)	MOVQ	8(SP), AX
	0x036a 00874 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:145)	JMP	0
crypto/internal/fips140/hmac.MarkAsUsedInKDF STEXTFIPS nosplit size=5 align=0x0 args=0x8 locals=0x0 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:207)	TEXT	crypto/internal/fips140/hmac.MarkAsUsedInKDF(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:208)	MOVB	$1, 81(AX)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:209)	RET
crypto/internal/fips140/hmac.init.0.func1 STEXTFIPS size=347 align=0x0 args=0x0 locals=0x60 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	TEXT	crypto/internal/fips140/hmac.init.0.func1(SB), ABIInternal, $96-0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	JLS	337
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	SUBQ	$88, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:16)	MOVL	$16, AX
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:16)	LEAQ	type:[16]uint8(SB), BX
	0x001e 00030 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:16)	MOVL	$1, CX
	0x0023 00035 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:16)	CALL	runtime.mallocgcSmallNoScanSC2(SB)
	0x0028 00040 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:16)	MOVQ	AX, crypto/internal/fips140/hmac..autotmp_58+80(SP)
	0x002d 00045 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:17)	MOVQ	$578437695752307201, DX
	0x0037 00055 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:17)	MOVQ	DX, (AX)
	0x003a 00058 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:18)	MOVQ	$1157159078456920585, DX
	0x0044 00068 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:18)	MOVQ	DX, 8(AX)
	0x0048 00072 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:21)	MOVQ	$4444382458913394160, DX
	0x0052 00082 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:21)	MOVQ	DX, crypto/internal/fips140/hmac..autotmp_27+40(SP)
	0x0057 00087 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:22)	MOVQ	$3033671810644972252, DX
	0x0061 00097 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:22)	MOVQ	DX, crypto/internal/fips140/hmac..autotmp_27+48(SP)
	0x0066 00102 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:23)	MOVQ	$389129754213814863, DX
	0x0070 00112 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:23)	MOVQ	DX, crypto/internal/fips140/hmac..autotmp_27+56(SP)
	0x0075 00117 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:24)	MOVQ	$4689592165722484240, DX
	0x007f 00127 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:24)	MOVQ	DX, crypto/internal/fips140/hmac..autotmp_27+64(SP)
	0x0084 00132 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:26)	LEAQ	crypto/internal/fips140/sha256.New·f(SB), BX
	0x008b 00139 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:26)	MOVQ	AX, CX
	0x008e 00142 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:26)	MOVL	$16, DI
	0x0093 00147 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:26)	MOVL	DI, SI
	0x0095 00149 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:26)	LEAQ	crypto/internal/fips140/hmac..dict.New[*crypto/internal/fips140/sha256.Digest](SB), AX
	0x009c 00156 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:26)	NOP
	0x00a0 00160 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:26)	CALL	crypto/internal/fips140/hmac.New[go.shape.*uint8](SB)
	0x00a5 00165 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:26)	MOVQ	AX, crypto/internal/fips140/hmac.h+72(SP)
	0x00aa 00170 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVQ	64(AX), DX
	0x00ae 00174 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVQ	72(AX), AX
	0x00b2 00178 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVQ	56(DX), DX
	0x00b6 00182 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:27)	XCHGL	AX, AX
	0x00b7 00183 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVQ	crypto/internal/fips140/hmac..autotmp_58+80(SP), BX
	0x00bc 00188 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVL	$16, CX
	0x00c1 00193 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVL	CX, DI
	0x00c3 00195 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	CALL	DX
	0x00c5 00197 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVQ	crypto/internal/fips140/hmac.h+72(SP), DX
	0x00ca 00202 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVQ	64(DX), SI
	0x00ce 00206 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVQ	72(DX), AX
	0x00d2 00210 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVQ	56(SI), DX
	0x00d6 00214 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:28)	XCHGL	AX, AX
	0x00d7 00215 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVQ	crypto/internal/fips140/hmac..autotmp_58+80(SP), BX
	0x00dc 00220 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVL	$16, CX
	0x00e1 00225 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	MOVL	CX, DI
	0x00e3 00227 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:76)	CALL	DX
	0x00e5 00229 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:29)	MOVQ	crypto/internal/fips140/hmac.h+72(SP), AX
	0x00ea 00234 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:29)	XORL	BX, BX
	0x00ec 00236 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:29)	XORL	CX, CX
	0x00ee 00238 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:29)	MOVL	CX, DI
	0x00f0 00240 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:29)	CALL	crypto/internal/fips140/hmac.(*HMAC).Sum(SB)
	0x00f5 00245 (<unknown line number>)	NOP
	0x00f5 00245 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/bytes/bytes.go:22)	CMPQ	BX, $32
	0x00f9 00249 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/bytes/bytes.go:22)	JNE	270
	0x00fb 00251 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/bytes/bytes.go:22)	LEAQ	crypto/internal/fips140/hmac..autotmp_27+40(SP), BX
	0x0100 00256 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/bytes/bytes.go:22)	MOVL	$32, CX
	0x0105 00261 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/bytes/bytes.go:22)	CALL	runtime.memequal(SB)
	0x010a 00266 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/bytes/bytes.go:22)	TESTB	AL, AL
	0x010c 00268 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:29)	JNE	327
	0x010e 00270 (<unknown line number>)	NOP
	0x010e 00270 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$16, AX
	0x0113 00275 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	LEAQ	type:errors.errorString(SB), BX
	0x011a 00282 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVL	$1, CX
	0x011f 00287 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	NOP
	0x0120 00288 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	CALL	runtime.mallocgcSmallScanNoHeaderSC2(SB)
	0x0125 00293 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	$17, 8(AX)
	0x012d 00301 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	LEAQ	go:string."unexpected result"(SB), DX
	0x0134 00308 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/errors/errors.go:65)	MOVQ	DX, (AX)
	0x0137 00311 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:30)	MOVQ	AX, BX
	0x013a 00314 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:30)	LEAQ	go:itab.*errors.errorString,error(SB), AX
	0x0141 00321 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:30)	ADDQ	$88, SP
	0x0145 00325 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:30)	POPQ	BP
	0x0146 00326 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:30)	RET
	0x0147 00327 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:32)	XORL	AX, AX
	0x0149 00329 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:32)	XORL	BX, BX
	0x014b 00331 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:32)	ADDQ	$88, SP
	0x014f 00335 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:32)	POPQ	BP
	0x0150 00336 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:32)	RET
	0x0151 00337 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:32)	NOP
	0x0151 00337 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	CALL	runtime.morestack_noctxt(SB)
	0x0156 00342 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/cast.go:15)	JMP	0
crypto/internal/fips140/hmac.New[go.shape.*uint8] STEXTFIPS dupok size=773 align=0x0 args=0x28 locals=0x50 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	TEXT	crypto/internal/fips140/hmac.New[go.shape.*uint8](SB), DUPOK|ABIInternal, $80-40
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	JLS	710
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	SUBQ	$72, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:182)	MOVQ	AX, crypto/internal/fips140/hmac..dict+88(SP)
	0x0017 00023 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:182)	MOVQ	BX, crypto/internal/fips140/hmac.h+96(SP)
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:182)	MOVQ	CX, crypto/internal/fips140/hmac.key+104(SP)
	0x0021 00033 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:182)	MOVQ	SI, crypto/internal/fips140/hmac.key+120(SP)
	0x0026 00038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:182)	MOVQ	DI, crypto/internal/fips140/hmac.key+112(SP)
	0x002b 00043 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:169)	LEAQ	type:crypto/internal/fips140/hmac.HMAC(SB), AX
	0x0032 00050 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:169)	CALL	runtime.newobject(SB)
	0x0037 00055 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:169)	MOVQ	AX, crypto/internal/fips140/hmac.hm+56(SP)
	0x003c 00060 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:169)	MOVQ	crypto/internal/fips140/hmac.key+112(SP), CX
	0x0041 00065 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:169)	MOVQ	CX, 88(AX)
	0x0045 00069 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	MOVQ	crypto/internal/fips140/hmac.h+96(SP), DX
	0x004a 00074 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	MOVQ	(DX), CX
	0x004d 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	CALL	CX
	0x004f 00079 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	MOVQ	crypto/internal/fips140/hmac..dict+88(SP), CX
	0x0054 00084 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	MOVQ	16(CX), DX
	0x0058 00088 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	MOVQ	crypto/internal/fips140/hmac.hm+56(SP), BX
	0x005d 00093 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	MOVQ	DX, 48(BX)
	0x0061 00097 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	CMPL	runtime.writeBarrier(SB), $0
	0x0068 00104 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	JEQ	122
	0x006a 00106 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	MOVQ	56(BX), SI
	0x006e 00110 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	CALL	runtime.gcWriteBarrier2(SB)
	0x0073 00115 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	MOVQ	AX, (R11)
	0x0076 00118 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	MOVQ	SI, 8(R11)
	0x007a 00122 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:170)	MOVQ	AX, 56(BX)
	0x007e 00126 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	MOVQ	crypto/internal/fips140/hmac.h+96(SP), DX
	0x0083 00131 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	MOVQ	(DX), AX
	0x0086 00134 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	CALL	AX
	0x0088 00136 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	MOVQ	crypto/internal/fips140/hmac..dict+88(SP), CX
	0x008d 00141 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	MOVQ	16(CX), BX
	0x0091 00145 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	MOVQ	crypto/internal/fips140/hmac.hm+56(SP), SI
	0x0096 00150 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	MOVQ	BX, 64(SI)
	0x009a 00154 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	CMPL	runtime.writeBarrier(SB), $0
	0x00a1 00161 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	JEQ	179
	0x00a3 00163 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	MOVQ	72(SI), DX
	0x00a7 00167 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	CALL	runtime.gcWriteBarrier2(SB)
	0x00ac 00172 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	MOVQ	AX, (R11)
	0x00af 00175 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	MOVQ	DX, 8(R11)
	0x00b3 00179 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:171)	MOVQ	AX, 72(SI)
	0x00b7 00183 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:172)	MOVB	$1, crypto/internal/fips140/hmac.unique+39(SP)
	0x00bc 00188 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	MOVQ	SI, AX
	0x00bf 00191 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	LEAQ	crypto/internal/fips140/hmac.unique+39(SP), BX
	0x00c4 00196 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	CALL	crypto/internal/fips140/hmac.New[go.shape.*uint8].func1(SB)
	0x00c9 00201 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:182)	CMPB	crypto/internal/fips140/hmac.unique+39(SP), $0
	0x00ce 00206 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:182)	JEQ	677
	0x00d4 00212 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:185)	MOVQ	crypto/internal/fips140/hmac.hm+56(SP), CX
	0x00d9 00217 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:185)	MOVQ	64(CX), DX
	0x00dd 00221 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:185)	MOVQ	72(CX), AX
	0x00e1 00225 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:185)	MOVQ	24(DX), CX
	0x00e5 00229 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:185)	CALL	CX
	0x00e7 00231 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:185)	MOVQ	AX, crypto/internal/fips140/hmac.blocksize+40(SP)
	0x00ec 00236 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	MOVQ	AX, BX
	0x00ef 00239 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	MOVQ	BX, CX
	0x00f2 00242 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	LEAQ	type:uint8(SB), AX
	0x00f9 00249 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	CALL	runtime.makeslice(SB)
	0x00fe 00254 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	MOVQ	crypto/internal/fips140/hmac.blocksize+40(SP), CX
	0x0103 00259 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	MOVQ	crypto/internal/fips140/hmac.hm+56(SP), DX
	0x0108 00264 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	MOVQ	CX, 32(DX)
	0x010c 00268 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	MOVQ	CX, 40(DX)
	0x0110 00272 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	CMPL	runtime.writeBarrier(SB), $0
	0x0117 00279 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	JEQ	300
	0x0119 00281 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	MOVQ	24(DX), SI
	0x011d 00285 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	NOP
	0x0120 00288 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	CALL	runtime.gcWriteBarrier2(SB)
	0x0125 00293 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	MOVQ	AX, (R11)
	0x0128 00296 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	MOVQ	SI, 8(R11)
	0x012c 00300 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:186)	MOVQ	AX, 24(DX)
	0x0130 00304 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	LEAQ	type:uint8(SB), AX
	0x0137 00311 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	MOVQ	CX, BX
	0x013a 00314 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	CALL	runtime.makeslice(SB)
	0x013f 00319 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	MOVQ	crypto/internal/fips140/hmac.blocksize+40(SP), DX
	0x0144 00324 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	MOVQ	crypto/internal/fips140/hmac.hm+56(SP), SI
	0x0149 00329 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	MOVQ	DX, 8(SI)
	0x014d 00333 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	MOVQ	DX, 16(SI)
	0x0151 00337 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	CMPL	runtime.writeBarrier(SB), $0
	0x0158 00344 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	JEQ	364
	0x015a 00346 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	MOVQ	(SI), R8
	0x015d 00349 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	NOP
	0x0160 00352 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	CALL	runtime.gcWriteBarrier2(SB)
	0x0165 00357 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	MOVQ	AX, (R11)
	0x0168 00360 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	MOVQ	R8, 8(R11)
	0x016c 00364 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:187)	MOVQ	AX, (SI)
	0x016f 00367 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:188)	MOVQ	crypto/internal/fips140/hmac.key+112(SP), CX
	0x0174 00372 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:188)	CMPQ	DX, CX
	0x0177 00375 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:188)	JLT	386
	0x0179 00377 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	MOVQ	crypto/internal/fips140/hmac.key+104(SP), AX
	0x017e 00382 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	NOP
	0x0180 00384 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:188)	JMP	443
	0x0182 00386 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:190)	MOVQ	48(SI), DX
	0x0186 00390 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:190)	MOVQ	56(SI), AX
	0x018a 00394 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:190)	MOVQ	56(DX), DX
	0x018e 00398 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:190)	MOVQ	crypto/internal/fips140/hmac.key+104(SP), BX
	0x0193 00403 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:190)	MOVQ	crypto/internal/fips140/hmac.key+120(SP), DI
	0x0198 00408 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:190)	CALL	DX
	0x019a 00410 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:191)	MOVQ	crypto/internal/fips140/hmac.hm+56(SP), DX
	0x019f 00415 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:191)	MOVQ	48(DX), SI
	0x01a3 00419 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:191)	MOVQ	56(DX), AX
	0x01a7 00423 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:191)	MOVQ	48(SI), DX
	0x01ab 00427 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:191)	XORL	BX, BX
	0x01ad 00429 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:191)	XORL	CX, CX
	0x01af 00431 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:191)	MOVL	CX, DI
	0x01b1 00433 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:191)	CALL	DX
	0x01b3 00435 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	MOVQ	crypto/internal/fips140/hmac.hm+56(SP), SI
	0x01b8 00440 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	MOVQ	BX, CX
	0x01bb 00443 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	MOVQ	24(SI), DX
	0x01bf 00447 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	MOVQ	32(SI), R8
	0x01c3 00451 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	CMPQ	CX, R8
	0x01c6 00454 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	CMOVQLT	CX, R8
	0x01ca 00458 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	CMPQ	AX, DX
	0x01cd 00461 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	JEQ	502
	0x01cf 00463 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	MOVQ	CX, crypto/internal/fips140/hmac..autotmp_31+48(SP)
	0x01d4 00468 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	MOVQ	AX, crypto/internal/fips140/hmac..autotmp_32+64(SP)
	0x01d9 00473 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	MOVQ	AX, BX
	0x01dc 00476 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	MOVQ	R8, CX
	0x01df 00479 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	MOVQ	DX, AX
	0x01e2 00482 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:193)	CALL	runtime.memmove(SB)
	0x01e7 00487 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:194)	MOVQ	crypto/internal/fips140/hmac..autotmp_32+64(SP), AX
	0x01ec 00492 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:194)	MOVQ	crypto/internal/fips140/hmac..autotmp_31+48(SP), CX
	0x01f1 00497 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:194)	MOVQ	crypto/internal/fips140/hmac.hm+56(SP), SI
	0x01f6 00502 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:194)	MOVQ	(SI), DX
	0x01f9 00505 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:194)	MOVQ	8(SI), R8
	0x01fd 00509 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:194)	CMPQ	CX, R8
	0x0200 00512 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:194)	CMOVQLT	CX, R8
	0x0204 00516 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:194)	CMPQ	AX, DX
	0x0207 00519 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:194)	JEQ	540
	0x0209 00521 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:194)	MOVQ	AX, BX
	0x020c 00524 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:194)	MOVQ	R8, CX
	0x020f 00527 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:194)	MOVQ	DX, AX
	0x0212 00530 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:194)	CALL	runtime.memmove(SB)
	0x0217 00535 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:195)	MOVQ	crypto/internal/fips140/hmac.hm+56(SP), SI
	0x021c 00540 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:195)	MOVQ	32(SI), DX
	0x0220 00544 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:195)	XORL	R8, R8
	0x0223 00547 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:195)	JMP	569
	0x0225 00549 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:196)	MOVQ	24(SI), R9
	0x0229 00553 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:196)	MOVBLZX	(R8)(R9*1), R10
	0x022e 00558 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:196)	XORL	$54, R10
	0x0232 00562 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:196)	MOVB	R10B, (R9)(R8*1)
	0x0236 00566 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:195)	INCQ	R8
	0x0239 00569 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:195)	CMPQ	R8, DX
	0x023c 00572 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:195)	JGE	585
	0x023e 00574 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:196)	MOVQ	32(SI), R9
	0x0242 00578 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:196)	CMPQ	R8, R9
	0x0245 00581 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:196)	JCS	549
	0x0247 00583 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:196)	JMP	671
	0x0249 00585 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:198)	MOVQ	8(SI), DX
	0x024d 00589 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:198)	XORL	R8, R8
	0x0250 00592 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:198)	JMP	613
	0x0252 00594 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:199)	MOVQ	(SI), R9
	0x0255 00597 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:199)	MOVBLZX	(R8)(R9*1), R10
	0x025a 00602 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:199)	XORL	$92, R10
	0x025e 00606 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:199)	MOVB	R10B, (R9)(R8*1)
	0x0262 00610 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:198)	INCQ	R8
	0x0265 00613 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:198)	CMPQ	R8, DX
	0x0268 00616 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:198)	JGE	629
	0x026a 00618 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:199)	MOVQ	8(SI), R9
	0x026e 00622 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:199)	CMPQ	R8, R9
	0x0271 00625 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:199)	JCS	594
	0x0273 00627 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:199)	JMP	666
	0x0275 00629 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:201)	MOVQ	64(SI), DX
	0x0279 00633 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:201)	MOVQ	72(SI), AX
	0x027d 00637 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:201)	MOVQ	56(DX), DX
	0x0281 00641 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:201)	MOVQ	24(SI), BX
	0x0285 00645 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:201)	MOVQ	32(SI), CX
	0x0289 00649 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:201)	MOVQ	40(SI), DI
	0x028d 00653 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:201)	CALL	DX
	0x028f 00655 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:203)	MOVQ	crypto/internal/fips140/hmac.hm+56(SP), AX
	0x0294 00660 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:203)	ADDQ	$72, SP
	0x0298 00664 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:203)	POPQ	BP
	0x0299 00665 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:203)	RET
	0x029a 00666 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:199)	CALL	runtime.panicBounds(SB)
	0x029f 00671 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:196)	NOP
	0x02a0 00672 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:196)	CALL	runtime.panicBounds(SB)
	0x02a5 00677 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:183)	LEAQ	go:string."crypto/hmac: hash generation function does not produce unique values"(SB), AX
	0x02ac 00684 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:183)	MOVL	$68, BX
	0x02b1 00689 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:183)	CALL	runtime.convTstring(SB)
	0x02b6 00694 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:183)	MOVQ	AX, BX
	0x02b9 00697 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:183)	LEAQ	type:string(SB), AX
	0x02c0 00704 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:183)	CALL	runtime.gopanic(SB)
	0x02c5 00709 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:183)	XCHGL	AX, AX
	0x02c6 00710 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:183)	NOP
	0x02c6 00710 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	AX, 8(SP)
	0x02cb 00715 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	BX, 16(SP)
	0x02d0 00720 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	CX, 24(SP)
	0x02d5 00725 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	DI, 32(SP)
	0x02da 00730 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	SI, 40(SP)
	0x02df 00735 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	NOP
	0x02e0 00736 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	CALL	runtime.morestack_noctxt(SB)
	0x02e5 00741 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	8(SP), AX
	0x02ea 00746 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	16(SP), BX
	0x02ef 00751 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	24(SP), CX
	0x02f4 00756 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	32(SP), DI
	0x02f9 00761 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	40(SP), SI
	0x02fe 00766 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	NOP
	0x0300 00768 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	JMP	0
crypto/internal/fips140/hmac.New[go.shape.*uint8].func1 STEXTFIPS dupok size=185 align=0x0 args=0x18 locals=0x40 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	TEXT	crypto/internal/fips140/hmac.New[go.shape.*uint8].func1(SB), DUPOK|ABIInternal, $64-24
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	JLS	140
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	PUSHQ	BP
	0x000b 00011 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	MOVQ	SP, BP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	SUBQ	$56, SP
	0x0012 00018 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	MOVQ	X15, 48(SP)
	0x0019 00025 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	MOVB	$0, crypto/internal/fips140/hmac..autotmp_7+31(SP)
	0x001e 00030 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	LEAQ	crypto/internal/fips140/hmac.New[go.shape.*uint8].func1.1(SB), SI
	0x0025 00037 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	MOVQ	SI, crypto/internal/fips140/hmac..autotmp_4+32(SP)
	0x002a 00042 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	MOVQ	CX, crypto/internal/fips140/hmac..autotmp_4+40(SP)
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	LEAQ	crypto/internal/fips140/hmac..autotmp_4+32(SP), SI
	0x0034 00052 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	MOVQ	SI, crypto/internal/fips140/hmac..autotmp_8+48(SP)
	0x0039 00057 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	MOVB	$1, crypto/internal/fips140/hmac..autotmp_7+31(SP)
	0x003e 00062 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:178)	MOVQ	48(AX), SI
	0x0042 00066 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:178)	CMPQ	64(AX), SI
	0x0046 00070 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:178)	JNE	108
	0x0048 00072 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:178)	MOVQ	BX, crypto/internal/fips140/hmac.&unique+80(SP)
	0x004d 00077 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:178)	MOVQ	56(AX), BX
	0x0051 00081 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:178)	MOVQ	72(AX), CX
	0x0055 00085 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:178)	MOVQ	SI, AX
	0x0058 00088 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:178)	CALL	runtime.ifaceeq(SB)
	0x005d 00093 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:178)	NOP
	0x0060 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:178)	TESTB	AL, AL
	0x0062 00098 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:178)	JEQ	108
	0x0064 00100 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:179)	MOVQ	crypto/internal/fips140/hmac.&unique+80(SP), AX
	0x0069 00105 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:179)	MOVB	$0, (AX)
	0x006c 00108 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	MOVB	$0, crypto/internal/fips140/hmac..autotmp_7+31(SP)
	0x0071 00113 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	MOVQ	crypto/internal/fips140/hmac..autotmp_8+48(SP), DX
	0x0076 00118 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	MOVQ	(DX), AX
	0x0079 00121 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	CALL	AX
	0x007b 00123 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	ADDQ	$56, SP
	0x007f 00127 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	POPQ	BP
	0x0080 00128 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	RET
	0x0081 00129 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	CALL	runtime.deferreturn(SB)
	0x0086 00134 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	ADDQ	$56, SP
	0x008a 00138 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	POPQ	BP
	0x008b 00139 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	RET
	0x008c 00140 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:181)	NOP
	0x008c 00140 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	MOVQ	AX, 8(SP)
	0x0091 00145 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	MOVQ	BX, 16(SP)
	0x0096 00150 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	MOVQ	CX, 24(SP)
	0x009b 00155 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	NOP
	0x00a0 00160 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	CALL	runtime.morestack_noctxt(SB)
	0x00a5 00165 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	MOVQ	8(SP), AX
	0x00aa 00170 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	MOVQ	16(SP), BX
	0x00af 00175 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	MOVQ	24(SP), CX
	0x00b4 00180 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:173)	JMP	0
crypto/internal/fips140/hmac.New[go.shape.*uint8].func1.1 STEXTFIPS dupok size=24 align=0x0 args=0x0 locals=0x8 funcid=0x0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	TEXT	crypto/internal/fips140/hmac.New[go.shape.*uint8].func1.1(SB), DUPOK|NEEDCTXT|ABIInternal, $8-0
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	JLS	17
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:176)	CALL	runtime.gorecover(SB)
	0x000f 00015 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:177)	POPQ	BP
	0x0010 00016 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:177)	RET
	0x0011 00017 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:177)	NOP
	0x0011 00017 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	CALL	runtime.morestack(SB)
	0x0016 00022 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:174)	JMP	0
crypto/internal/fips140/hmac.New[*crypto/internal/fips140/sha256.Digest] STEXTFIPS dupok size=98 align=0x0 args=0x20 locals=0x30 funcid=0x17
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	TEXT	crypto/internal/fips140/hmac.New[*crypto/internal/fips140/sha256.Digest](SB), DUPOK|WRAPPER|ABIInternal, $48-32
	0x0000 00000 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	CMPQ	SP, 16(R14)
	0x0004 00004 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	JLS	49
	0x0006 00006 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	PUSHQ	BP
	0x0007 00007 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	SP, BP
	0x000a 00010 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	SUBQ	$40, SP
	0x000e 00014 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	BX, crypto/internal/fips140/hmac.key+64(FP)
	0x0013 00019 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	DI, SI
	0x0016 00022 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	CX, DI
	0x0019 00025 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	BX, CX
	0x001c 00028 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	AX, BX
	0x001f 00031 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	LEAQ	crypto/internal/fips140/hmac..dict.New[*crypto/internal/fips140/sha256.Digest](SB), AX
	0x0026 00038 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	CALL	crypto/internal/fips140/hmac.New[go.shape.*uint8](SB)
	0x002b 00043 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	ADDQ	$40, SP
	0x002f 00047 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	POPQ	BP
	0x0030 00048 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	RET
	0x0031 00049 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	NOP
	0x0031 00049 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	AX, 8(SP)
	0x0036 00054 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	BX, 16(SP)
	0x003b 00059 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	CX, 24(SP)
	0x0040 00064 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	DI, 32(SP)
	0x0045 00069 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	CALL	runtime.morestack_noctxt(SB)
	0x004a 00074 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	8(SP), AX
	0x004f 00079 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	16(SP), BX
	0x0054 00084 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	24(SP), CX
	0x0059 00089 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	MOVQ	32(SP), DI
	0x005e 00094 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	NOP
	0x0060 00096 (/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.27.3.linux-amd64/src/crypto/internal/fips140/hmac/hmac.go:168)	JMP	0
crypto/internal/fips140/hmac.marshalable.MarshalBinary STEXTFIPS dupok size=67 align=0x0 args=0x10 locals=0x10 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	crypto/internal/fips140/hmac.marshalable.MarshalBinary(SB), DUPOK|WRAPPER|ABIInternal, $16-16
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	JLS	40
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$8, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, crypto/internal/fips140/hmac.~p0+24(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, crypto/internal/fips140/hmac.~p0+32(FP)
	0x0018 00024 (<autogenerated>:1)	MOVQ	24(AX), CX
	0x001c 00028 (<autogenerated>:1)	MOVQ	BX, AX
	0x001f 00031 (<autogenerated>:1)	NOP
	0x0020 00032 (<autogenerated>:1)	CALL	CX
	0x0022 00034 (<autogenerated>:1)	ADDQ	$8, SP
	0x0026 00038 (<autogenerated>:1)	POPQ	BP
	0x0027 00039 (<autogenerated>:1)	RET
	0x0028 00040 (<autogenerated>:1)	NOP
	0x0028 00040 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x002d 00045 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x0032 00050 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0037 00055 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x003c 00060 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x0041 00065 (<autogenerated>:1)	JMP	0
crypto/internal/fips140/hmac.marshalable.UnmarshalBinary STEXTFIPS dupok size=110 align=0x0 args=0x28 locals=0x28 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	crypto/internal/fips140/hmac.marshalable.UnmarshalBinary(SB), DUPOK|WRAPPER|ABIInternal, $40-40
	0x0000 00000 (<autogenerated>:1)	CMPQ	SP, 16(R14)
	0x0004 00004 (<autogenerated>:1)	JLS	53
	0x0006 00006 (<autogenerated>:1)	PUSHQ	BP
	0x0007 00007 (<autogenerated>:1)	MOVQ	SP, BP
	0x000a 00010 (<autogenerated>:1)	SUBQ	$32, SP
	0x000e 00014 (<autogenerated>:1)	MOVQ	AX, crypto/internal/fips140/hmac.~p0+48(FP)
	0x0013 00019 (<autogenerated>:1)	MOVQ	BX, crypto/internal/fips140/hmac.~p0+56(FP)
	0x0018 00024 (<autogenerated>:1)	MOVQ	CX, crypto/internal/fips140/hmac.~p1+64(FP)
	0x001d 00029 (<autogenerated>:1)	MOVQ	32(AX), DX
	0x0021 00033 (<autogenerated>:1)	MOVQ	BX, AX
	0x0024 00036 (<autogenerated>:1)	MOVQ	CX, BX
	0x0027 00039 (<autogenerated>:1)	MOVQ	DI, CX
	0x002a 00042 (<autogenerated>:1)	MOVQ	SI, DI
	0x002d 00045 (<autogenerated>:1)	CALL	DX
	0x002f 00047 (<autogenerated>:1)	ADDQ	$32, SP
	0x0033 00051 (<autogenerated>:1)	POPQ	BP
	0x0034 00052 (<autogenerated>:1)	RET
	0x0035 00053 (<autogenerated>:1)	NOP
	0x0035 00053 (<autogenerated>:1)	MOVQ	AX, 8(SP)
	0x003a 00058 (<autogenerated>:1)	MOVQ	BX, 16(SP)
	0x003f 00063 (<autogenerated>:1)	MOVQ	CX, 24(SP)
	0x0044 00068 (<autogenerated>:1)	MOVQ	DI, 32(SP)
	0x0049 00073 (<autogenerated>:1)	MOVQ	SI, 40(SP)
	0x004e 00078 (<autogenerated>:1)	CALL	runtime.morestack_noctxt(SB)
	0x0053 00083 (<autogenerated>:1)	MOVQ	8(SP), AX
	0x0058 00088 (<autogenerated>:1)	MOVQ	16(SP), BX
	0x005d 00093 (<autogenerated>:1)	MOVQ	24(SP), CX
	0x0062 00098 (<autogenerated>:1)	MOVQ	32(SP), DI
	0x0067 00103 (<autogenerated>:1)	MOVQ	40(SP), SI
	0x006c 00108 (<autogenerated>:1)	JMP	0
crypto/internal/fips140/hmac.(*errCloneUnsupported).Error STEXTFIPS dupok nosplit size=29 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	crypto/internal/fips140/hmac.(*errCloneUnsupported).Error(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	23
	0x0009 00009 (<autogenerated>:1)	LEAQ	go:string."crypto/hmac: hash does not support hash.Cloner"(SB), AX
	0x0010 00016 (<autogenerated>:1)	MOVL	$46, BX
	0x0015 00021 (<autogenerated>:1)	POPQ	BP
	0x0016 00022 (<autogenerated>:1)	RET
	0x0017 00023 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x001c 00028 (<autogenerated>:1)	XCHGL	AX, AX
crypto/internal/fips140/hmac.(*errCloneUnsupported).Unwrap STEXTFIPS dupok nosplit size=31 align=0x0 args=0x8 locals=0x8 funcid=0x17
	0x0000 00000 (<autogenerated>:1)	TEXT	crypto/internal/fips140/hmac.(*errCloneUnsupported).Unwrap(SB), DUPOK|NOSPLIT|WRAPPER|ABIInternal, $8-8
	0x0000 00000 (<autogenerated>:1)	PUSHQ	BP
	0x0001 00001 (<autogenerated>:1)	MOVQ	SP, BP
	0x0004 00004 (<autogenerated>:1)	TESTQ	AX, AX
	0x0007 00007 (<autogenerated>:1)	JEQ	25
	0x0009 00009 (<autogenerated>:1)	MOVQ	errors.ErrUnsupported+8(SB), BX
	0x0010 00016 (<autogenerated>:1)	MOVQ	errors.ErrUnsupported(SB), AX
	0x0017 00023 (<autogenerated>:1)	POPQ	BP
	0x0018 00024 (<autogenerated>:1)	RET
	0x0019 00025 (<autogenerated>:1)	CALL	runtime.panicwrap(SB)
	0x001e 00030 (<autogenerated>:1)	XCHGL	AX, AX
go:cuinfo.producer.crypto/internal/fips140/hmac SDWARFCUINFO dupok size=0 align=0x0
runtime.memequal0·f SRODATA dupok size=8 align=0x0
runtime.memequal64·f SRODATA dupok size=8 align=0x0
runtime.gcbits.0100000000000000 SRODATA dupok size=8 align=0x8
type:.namedata.*hmac.errCloneUnsupported- SRODATA dupok size=27 align=0x1
type:.namedata.*func(*hmac.errCloneUnsupported) string- SRODATA dupok size=41 align=0x1
type:*func(*crypto/internal/fips140/hmac.errCloneUnsupported) string SRODATA dupok size=56 align=0x8
type:func(*crypto/internal/fips140/hmac.errCloneUnsupported) string SRODATA dupok size=72 align=0x8
type:.namedata.*func(*hmac.errCloneUnsupported) error- SRODATA dupok size=40 align=0x1
type:*func(*crypto/internal/fips140/hmac.errCloneUnsupported) error SRODATA dupok size=56 align=0x8
type:func(*crypto/internal/fips140/hmac.errCloneUnsupported) error SRODATA dupok size=72 align=0x8
type:.importpath.crypto/internal/fips140/hmac. SRODATA dupok size=30 align=0x1
type:.namedata.Error. SRODATA dupok size=7 align=0x1
type:.namedata.*func() string- SRODATA dupok size=16 align=0x1
type:*func() string SRODATA dupok size=56 align=0x8
type:func() string SRODATA dupok size=64 align=0x8
type:.namedata.Unwrap. SRODATA dupok size=8 align=0x1
type:.namedata.*func() error- SRODATA dupok size=15 align=0x1
type:*func() error SRODATA dupok size=56 align=0x8
type:func() error SRODATA dupok size=64 align=0x8
type:*crypto/internal/fips140/hmac.errCloneUnsupported SRODATA size=104 align=0x8
runtime.gcbits. SRODATA dupok size=0 align=0x8
type:.namedata.*func(hmac.errCloneUnsupported) string- SRODATA dupok size=40 align=0x1
type:*func(crypto/internal/fips140/hmac.errCloneUnsupported) string SRODATA dupok size=56 align=0x8
type:func(crypto/internal/fips140/hmac.errCloneUnsupported) string SRODATA dupok size=72 align=0x8
type:.namedata.*func(hmac.errCloneUnsupported) error- SRODATA dupok size=39 align=0x1
type:*func(crypto/internal/fips140/hmac.errCloneUnsupported) error SRODATA dupok size=56 align=0x8
type:func(crypto/internal/fips140/hmac.errCloneUnsupported) error SRODATA dupok size=72 align=0x8
type:crypto/internal/fips140/hmac.errCloneUnsupported SRODATA size=128 align=0x8
go:itab.crypto/internal/fips140/hmac.errCloneUnsupported,error SRODATA dupok size=32 align=0x8
type:.namedata.*hmac.HMAC. SRODATA dupok size=12 align=0x1
runtime.gcbits.8902000000000000 SRODATA dupok size=8 align=0x8
type:.namedata.opad- SRODATA dupok size=6 align=0x1
type:.namedata.ipad- SRODATA dupok size=6 align=0x1
type:.namedata.outer- SRODATA dupok size=7 align=0x1
type:.namedata.inner- SRODATA dupok size=7 align=0x1
type:.namedata.marshaled- SRODATA dupok size=11 align=0x1
type:.namedata.forHKDF- SRODATA dupok size=9 align=0x1
type:.namedata.keyLen- SRODATA dupok size=8 align=0x1
type:crypto/internal/fips140/hmac.HMAC SRODATA size=264 align=0x8
type:.namedata.*func(*hmac.HMAC) int- SRODATA dupok size=23 align=0x1
type:*func(*crypto/internal/fips140/hmac.HMAC) int SRODATA dupok size=56 align=0x8
type:func(*crypto/internal/fips140/hmac.HMAC) int SRODATA dupok size=72 align=0x8
type:.namedata.*func(*hmac.HMAC) (hash.Cloner, error)- SRODATA dupok size=40 align=0x1
type:*func(*crypto/internal/fips140/hmac.HMAC) (hash.Cloner, error) SRODATA dupok size=56 align=0x8
type:func(*crypto/internal/fips140/hmac.HMAC) (hash.Cloner, error) SRODATA dupok size=80 align=0x8
type:.namedata.*func(*hmac.HMAC)- SRODATA dupok size=19 align=0x1
type:*func(*crypto/internal/fips140/hmac.HMAC) SRODATA dupok size=56 align=0x8
type:func(*crypto/internal/fips140/hmac.HMAC) SRODATA dupok size=64 align=0x8
type:.namedata.*func(*hmac.HMAC, []uint8) []uint8- SRODATA dupok size=36 align=0x1
type:*func(*crypto/internal/fips140/hmac.HMAC, []uint8) []uint8 SRODATA dupok size=56 align=0x8
type:func(*crypto/internal/fips140/hmac.HMAC, []uint8) []uint8 SRODATA dupok size=80 align=0x8
type:.namedata.*func(*hmac.HMAC, []uint8) (int, error)- SRODATA dupok size=41 align=0x1
type:*func(*crypto/internal/fips140/hmac.HMAC, []uint8) (int, error) SRODATA dupok size=56 align=0x8
type:func(*crypto/internal/fips140/hmac.HMAC, []uint8) (int, error) SRODATA dupok size=88 align=0x8
type:.namedata.BlockSize. SRODATA dupok size=11 align=0x1
type:.namedata.*func() int- SRODATA dupok size=13 align=0x1
type:*func() int SRODATA dupok size=56 align=0x8
type:func() int SRODATA dupok size=64 align=0x8
type:.namedata.Clone. SRODATA dupok size=7 align=0x1
type:.namedata.*func() (hash.Cloner, error)- SRODATA dupok size=30 align=0x1
type:*func() (hash.Cloner, error) SRODATA dupok size=56 align=0x8
type:func() (hash.Cloner, error) SRODATA dupok size=72 align=0x8
type:.namedata.Reset. SRODATA dupok size=7 align=0x1
type:.namedata.*func()- SRODATA dupok size=9 align=0x1
type:*func() SRODATA dupok size=56 align=0x8
type:func() SRODATA dupok size=56 align=0x8
type:.namedata.Size. SRODATA dupok size=6 align=0x1
type:.namedata.Sum. SRODATA dupok size=5 align=0x1
type:.namedata.*func([]uint8) []uint8- SRODATA dupok size=24 align=0x1
type:*func([]uint8) []uint8 SRODATA dupok size=56 align=0x8
type:func([]uint8) []uint8 SRODATA dupok size=72 align=0x8
type:.namedata.Write. SRODATA dupok size=7 align=0x1
type:.namedata.*func([]uint8) (int, error)- SRODATA dupok size=29 align=0x1
type:*func([]uint8) (int, error) SRODATA dupok size=56 align=0x8
type:func([]uint8) (int, error) SRODATA dupok size=80 align=0x8
type:*crypto/internal/fips140/hmac.HMAC SRODATA size=168 align=0x8
go:itab.*crypto/internal/fips140/hmac.HMAC,hash.Cloner SRODATA dupok size=72 align=0x8
go:itab.*crypto/internal/fips140/sha256.Digest,hash.Hash SRODATA dupok size=64 align=0x8
go:itab.*crypto/internal/fips140/sha512.Digest,hash.Hash SRODATA dupok size=64 align=0x8
go:itab.*crypto/internal/fips140/sha3.Digest,hash.Hash SRODATA dupok size=64 align=0x8
crypto/internal/fips140/hmac..dict.New[*crypto/internal/fips140/sha256.Digest] SRODATA dupok size=24 align=0x0
go:cuinfo.packagename.crypto/internal/fips140/hmac SDWARFCUINFO dupok size=0 align=0x0
go:itab.*errors.errorString,error SRODATA dupok size=32 align=0x8
crypto/internal/fips140/hmac..inittask SNOPTRDATA size=16 align=0x0
runtime.interequal·f SRODATA dupok size=8 align=0x0
type:.namedata.*hmac.marshalable- SRODATA dupok size=19 align=0x1
type:*crypto/internal/fips140/hmac.marshalable SRODATA size=56 align=0x8
runtime.gcbits.0200000000000000 SRODATA dupok size=8 align=0x8
type:.namedata.*func() ([]uint8, error)- SRODATA dupok size=26 align=0x1
type:*func() ([]uint8, error) SRODATA dupok size=56 align=0x8
type:func() ([]uint8, error) SRODATA dupok size=72 align=0x8
type:.namedata.*func([]uint8) error- SRODATA dupok size=22 align=0x1
type:*func([]uint8) error SRODATA dupok size=56 align=0x8
type:func([]uint8) error SRODATA dupok size=72 align=0x8
type:.namedata.MarshalBinary. SRODATA dupok size=15 align=0x1
type:.namedata.UnmarshalBinary. SRODATA dupok size=17 align=0x1
type:crypto/internal/fips140/hmac.marshalable SRODATA size=112 align=0x8
type:.namedata.*func() *sha256.Digest- SRODATA dupok size=24 align=0x1
type:*func() *crypto/internal/fips140/sha256.Digest SRODATA dupok size=56 align=0x8
type:func() *crypto/internal/fips140/sha256.Digest SRODATA dupok size=64 align=0x8
go:string."HMAC-SHA2-256" SRODATA dupok size=13 align=0x1
crypto/internal/fips140/hmac..typeAssert.0 SDATA size=24 align=0x0
type:.eqfunc.M17 SRODATA dupok size=16 align=0x0
type:.namedata.*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool }- SRODATA dupok size=389 align=0x1
type:*struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool } SRODATA dupok size=56 align=0x8
runtime.gcbits.0300000000000000 SRODATA dupok size=8 align=0x8
type:.namedata.*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }- SRODATA dupok size=75 align=0x1
type:.eqfunc.M24 SRODATA dupok size=16 align=0x0
runtime.memequal128·f SRODATA dupok size=8 align=0x0
type:.namedata.*[1]struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=42 align=0x1
type:*[1]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
type:.namedata.*struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=39 align=0x1
type:*struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
type:.namedata.Typ. SRODATA dupok size=5 align=0x1
type:.namedata.Itab. SRODATA dupok size=6 align=0x1
type:struct { Typ uintptr; Itab uintptr } SRODATA dupok size=128 align=0x8
type:.namedata.*[]struct { Typ uintptr; Itab uintptr }- SRODATA dupok size=41 align=0x1
type:*[]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
type:[]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=56 align=0x8
type:[1]struct { Typ uintptr; Itab uintptr } SRODATA dupok size=72 align=0x8
type:.namedata.Mask. SRODATA dupok size=6 align=0x1
type:.namedata.Entries. SRODATA dupok size=9 align=0x1
type:struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } } SRODATA dupok size=128 align=0x8
type:*struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } } SRODATA dupok size=56 align=0x8
type:.namedata.*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }- SRODATA dupok size=276 align=0x1
runtime.gcbits.d800000000000000 SRODATA dupok size=8 align=0x8
type:.eqfunc.M48 SRODATA dupok size=16 align=0x0
type:.namedata.*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }- SRODATA dupok size=183 align=0x1
type:*struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 } SRODATA dupok size=56 align=0x8
runtime.gcbits.1800000000000000 SRODATA dupok size=8 align=0x8
type:.namedata.Size_. SRODATA dupok size=7 align=0x1
type:.namedata.PtrBytes. SRODATA dupok size=10 align=0x1
type:.namedata.Hash. SRODATA dupok size=6 align=0x1
type:.namedata.TFlag. SRODATA dupok size=7 align=0x1
type:.namedata.Align_. SRODATA dupok size=8 align=0x1
type:.namedata.FieldAlign_. SRODATA dupok size=13 align=0x1
type:.namedata.Kind_. SRODATA dupok size=7 align=0x1
type:.namedata.Equal. SRODATA dupok size=7 align=0x1
type:.namedata.GCData. SRODATA dupok size=8 align=0x1
type:.namedata.Str. SRODATA dupok size=5 align=0x1
type:.namedata.PtrToThis. SRODATA dupok size=11 align=0x1
type:struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 } SRODATA dupok size=344 align=0x8
type:.namedata.*struct { Bytes *uint8 }- SRODATA dupok size=26 align=0x1
type:*struct { Bytes *uint8 } SRODATA dupok size=56 align=0x8
type:.namedata.Bytes. SRODATA dupok size=7 align=0x1
type:struct { Bytes *uint8 } SRODATA dupok size=104 align=0x8
type:.namedata.*[]struct { Name int32; Typ int32 }- SRODATA dupok size=37 align=0x1
type:*[]struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
type:.namedata.*struct { Name int32; Typ int32 }- SRODATA dupok size=35 align=0x1
type:*struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
type:.namedata.Name. SRODATA dupok size=6 align=0x1
type:struct { Name int32; Typ int32 } SRODATA dupok size=128 align=0x8
type:[]struct { Name int32; Typ int32 } SRODATA dupok size=56 align=0x8
type:.namedata.Type. SRODATA dupok size=6 align=0x1
type:.namedata.PkgPath. SRODATA dupok size=9 align=0x1
type:.namedata.Methods. SRODATA dupok size=9 align=0x1
type:struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=152 align=0x8
type:*struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } } SRODATA dupok size=56 align=0x8
type:.namedata.Cache. SRODATA dupok size=7 align=0x1
type:.namedata.Inter. SRODATA dupok size=7 align=0x1
type:.namedata.CanFail. SRODATA dupok size=9 align=0x1
type:struct { Cache *struct { Mask uintptr; Entries [1]struct { Typ uintptr; Itab uintptr } }; Inter *struct { Type struct { Size_ uintptr; PtrBytes uintptr; Hash uint32; TFlag uint8; Align_ uint8; FieldAlign_ uint8; Kind_ uint8; Equal unsafe.Pointer; GCData *uint8; Str int32; PtrToThis int32 }; PkgPath struct { Bytes *uint8 }; Methods []struct { Name int32; Typ int32 } }; CanFail bool } SRODATA dupok size=152 align=0x8
crypto/internal/fips140/hmac..typeAssert.1 SDATA size=24 align=0x0
crypto/internal/fips140/hmac..typeAssert.2 SDATA size=24 align=0x0
crypto/internal/fips140/hmac..typeAssert.3 SDATA size=24 align=0x0
go:string."crypto/hmac: hash does not support hash.Cloner" SRODATA dupok size=46 align=0x1
crypto/internal/fips140/hmac..typeAssert.4 SDATA size=24 align=0x0
crypto/internal/fips140/hmac..typeAssert.5 SDATA size=24 align=0x0
crypto/internal/fips140/hmac..typeAssert.6 SDATA size=24 align=0x0
crypto/internal/fips140/hmac..typeAssert.7 SDATA size=24 align=0x0
go:string."unexpected result" SRODATA dupok size=17 align=0x1
go:string."crypto/hmac: hash generation function does not produce unique values" SRODATA dupok size=68 align=0x1
type:.namedata.*[16]uint8- SRODATA dupok size=12 align=0x1
type:*[16]uint8 SRODATA dupok size=56 align=0x8
type:[16]uint8 SRODATA dupok size=72 align=0x8
crypto/internal/fips140/hmac.init.0.func1·f SRODATA dupok size=8 align=0x0
crypto/internal/fips140/sha256.New·f SRODATA dupok size=8 align=0x0
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8 align=0x4
gclocals·xVM8NDGJJQtlmVEqsyCDxA== SRODATA dupok size=12 align=0x4
gclocals·ZBScU4W0wtNPrcG0TXpMoA== SRODATA dupok size=12 align=0x4
crypto/internal/fips140/hmac.(*HMAC).Sum.arginfo1 SRODATA static dupok size=11 align=0x1
crypto/internal/fips140/hmac.(*HMAC).Sum.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·TswRR9Pia9Wsluv5u1sUnA== SRODATA dupok size=10 align=0x4
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8 align=0x4
crypto/internal/fips140/hmac.(*HMAC).Write.arginfo1 SRODATA static dupok size=11 align=0x1
crypto/internal/fips140/hmac.(*HMAC).Write.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10 align=0x4
crypto/internal/fips140/hmac.(*HMAC).Size.arginfo1 SRODATA static dupok size=3 align=0x1
crypto/internal/fips140/hmac.(*HMAC).Size.argliveinfo SRODATA static dupok size=2 align=0x1
crypto/internal/fips140/hmac.(*HMAC).BlockSize.arginfo1 SRODATA static dupok size=3 align=0x1
crypto/internal/fips140/hmac.(*HMAC).BlockSize.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·U16+vmfei3N9ydadUEcWJg== SRODATA dupok size=16 align=0x4
gclocals·zUEWd3J6j3B+02Y0HmnBeA== SRODATA dupok size=16 align=0x4
crypto/internal/fips140/hmac.(*HMAC).Reset.arginfo1 SRODATA static dupok size=3 align=0x1
crypto/internal/fips140/hmac.(*HMAC).Reset.argliveinfo SRODATA static dupok size=2 align=0x1
crypto/internal/fips140/hmac.errCloneUnsupported.Error.arginfo1 SRODATA static dupok size=3 align=0x1
crypto/internal/fips140/hmac.errCloneUnsupported.Unwrap.arginfo1 SRODATA static dupok size=3 align=0x1
gclocals·4b7zj8hMhXCDftkT0z3Fvw== SRODATA dupok size=16 align=0x4
gclocals·Z2OAGjSeRLwfvZRkSZEFWg== SRODATA dupok size=16 align=0x4
crypto/internal/fips140/hmac.(*HMAC).Clone.arginfo1 SRODATA static dupok size=3 align=0x1
crypto/internal/fips140/hmac.(*HMAC).Clone.argliveinfo SRODATA static dupok size=2 align=0x1
crypto/internal/fips140/hmac.MarkAsUsedInKDF.arginfo1 SRODATA static dupok size=3 align=0x1
crypto/internal/fips140/hmac.MarkAsUsedInKDF.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·D6AnjkNyRZzKYVnNXnHP7g== SRODATA dupok size=8 align=0x4
gclocals·bHPF1alXObimTiH8whm7sw== SRODATA dupok size=12 align=0x4
gclocals·mYRH6SGQj84JHD3lu4wQOA== SRODATA dupok size=15 align=0x4
gclocals·vc/AyA56BjmNRPRjUYjSIg== SRODATA dupok size=15 align=0x4
crypto/internal/fips140/hmac.New[go.shape.*uint8].arginfo1 SRODATA static dupok size=11 align=0x1
crypto/internal/fips140/hmac.New[go.shape.*uint8].argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·zQn9pKYeO71uv+l7EpabHw== SRODATA dupok size=11 align=0x4
gclocals·qoTaTPIOYEAJXJQ8e8W29g== SRODATA dupok size=11 align=0x4
crypto/internal/fips140/hmac.New[go.shape.*uint8].func1.stkobj SRODATA static size=24 align=0x8
crypto/internal/fips140/hmac.New[go.shape.*uint8].func1.opendefer SRODATA dupok size=2 align=0x1
crypto/internal/fips140/hmac.New[go.shape.*uint8].func1.arginfo1 SRODATA static dupok size=5 align=0x1
crypto/internal/fips140/hmac.New[go.shape.*uint8].func1.argliveinfo SRODATA static dupok size=3 align=0x1
crypto/internal/fips140/hmac.New[*crypto/internal/fips140/sha256.Digest].arginfo1 SRODATA static dupok size=9 align=0x1
crypto/internal/fips140/hmac.New[*crypto/internal/fips140/sha256.Digest].argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·Ih7UaEzxol4qYE7mnpMg6w== SRODATA dupok size=10 align=0x4
crypto/internal/fips140/hmac.marshalable.MarshalBinary.arginfo1 SRODATA static dupok size=7 align=0x1
crypto/internal/fips140/hmac.marshalable.MarshalBinary.argliveinfo SRODATA static dupok size=2 align=0x1
gclocals·jJUmT8EancinwDq7lB+tvg== SRODATA dupok size=10 align=0x4
crypto/internal/fips140/hmac.marshalable.UnmarshalBinary.arginfo1 SRODATA static dupok size=15 align=0x1
crypto/internal/fips140/hmac.marshalable.UnmarshalBinary.argliveinfo SRODATA static dupok size=2 align=0x1
crypto/internal/fips140/hmac.(*errCloneUnsupported).Error.arginfo1 SRODATA static dupok size=3 align=0x1
crypto/internal/fips140/hmac.(*errCloneUnsupported).Error.argliveinfo SRODATA static dupok size=2 align=0x1
crypto/internal/fips140/hmac.(*errCloneUnsupported).Unwrap.arginfo1 SRODATA static dupok size=3 align=0x1
crypto/internal/fips140/hmac.(*errCloneUnsupported).Unwrap.argliveinfo SRODATA static dupok size=2 align=0x1
