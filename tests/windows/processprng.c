/*
 * A stand-in for bcryptprimitives.dll, for running kartlegg.exe under Wine 8.
 *
 * Rust's standard library (and getrandom) take their random bytes from
 * ProcessPrng in bcryptprimitives.dll; Wine 8 ships that DLL without the
 * function, so the program would not start. This DLL exports ProcessPrng
 * and fills the buffer from the system's generator (RtlGenRandom, exported
 * by advapi32 as SystemFunction036). It is built by tests/windows/run.sh
 * next to the exe and is never shipped: real Windows has the function.
 */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    /* RtlGenRandom takes a ULONG length: ask in pieces for huge buffers. */
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
