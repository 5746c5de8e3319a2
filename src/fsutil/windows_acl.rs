//! Owner-only access on Windows, the counterpart of mode 0600 and 0700 on
//! Unix: a file or folder kartlegg has just created gets a protected access
//! list with one entry, full control for the user running kartlegg, so it
//! inherits nothing from its folder (where "Users" or "Everyone" may read).
//! Called right after creation, before anything is written into the file;
//! never on files kartlegg did not create.

use std::io;
use std::os::windows::ffi::OsStrExt;
use std::path::Path;
use std::ptr::{null, null_mut};

use windows_sys::Win32::Foundation::{
    CloseHandle, ERROR_INVALID_FUNCTION, ERROR_NOT_SUPPORTED, HANDLE, WIN32_ERROR,
};
use windows_sys::Win32::Security::Authorization::{SE_FILE_OBJECT, SetNamedSecurityInfoW};
use windows_sys::Win32::Security::{
    ACCESS_ALLOWED_ACE, ACL, ACL_REVISION, AddAccessAllowedAceEx, CONTAINER_INHERIT_ACE,
    DACL_SECURITY_INFORMATION, GetLengthSid, GetTokenInformation, InitializeAcl,
    OBJECT_INHERIT_ACE, PROTECTED_DACL_SECURITY_INFORMATION, PSID, TOKEN_QUERY, TOKEN_USER,
    TokenUser,
};
use windows_sys::Win32::Storage::FileSystem::FILE_ALL_ACCESS;
use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};

/// The user running the process: the TOKEN_USER structure the process token
/// hands out, kept in an 8-byte aligned buffer the SID points into.
pub struct CurrentUser(Vec<u64>);

impl CurrentUser {
    pub fn get() -> io::Result<CurrentUser> {
        let mut token: HANDLE = null_mut();
        // SAFETY: the pseudo handle of the own process needs no closing;
        // `token` receives a handle we close below.
        if unsafe { OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &mut token) } == 0 {
            return Err(io::Error::last_os_error());
        }
        let mut needed = 0u32;
        // SAFETY: a size query with no buffer; it fails and sets `needed`.
        unsafe { GetTokenInformation(token, TokenUser, null_mut(), 0, &mut needed) };
        let mut buffer = vec![0u64; (needed as usize).div_ceil(8).max(1)];
        // SAFETY: the buffer holds at least `needed` bytes.
        let ok = unsafe {
            GetTokenInformation(
                token,
                TokenUser,
                buffer.as_mut_ptr().cast(),
                needed,
                &mut needed,
            )
        };
        let error = io::Error::last_os_error();
        // SAFETY: `token` is the handle OpenProcessToken gave.
        unsafe { CloseHandle(token) };
        if ok == 0 {
            return Err(error);
        }
        Ok(CurrentUser(buffer))
    }

    pub fn sid(&self) -> PSID {
        // SAFETY: the buffer holds a TOKEN_USER written by GetTokenInformation.
        unsafe { (*self.0.as_ptr().cast::<TOKEN_USER>()).User.Sid }
    }

    /// The SID's bytes, for comparing with what an access list holds.
    #[cfg(test)]
    pub fn sid_bytes(&self) -> Vec<u8> {
        let sid = self.sid();
        // SAFETY: a valid SID from the token; its length is what it says.
        unsafe { std::slice::from_raw_parts(sid.cast::<u8>(), GetLengthSid(sid) as usize) }.to_vec()
    }
}

/// The path as Windows wants it: UTF-16, ending in a zero.
pub fn wide(path: &Path) -> Vec<u16> {
    path.as_os_str().encode_wide().chain([0]).collect()
}

/// Lets only the current user at `path`: one entry, full control, and no
/// entries inherited from the folder. A folder's entry is inherited by what
/// is created inside it. A file system without access lists (FAT on a
/// memory stick) is left as it is: there is nothing to restrict.
pub fn restrict_to_owner(path: &Path) -> io::Result<()> {
    let user = CurrentUser::get()?;
    let sid = user.sid();
    // SAFETY: a valid SID from the token.
    let sid_length = unsafe { GetLengthSid(sid) } as usize;
    let size = size_of::<ACL>() + size_of::<ACCESS_ALLOWED_ACE>() - size_of::<u32>() + sid_length;
    let mut buffer = vec![0u64; size.div_ceil(8)];
    let acl = buffer.as_mut_ptr().cast::<ACL>();
    let inherit = if path.is_dir() {
        OBJECT_INHERIT_ACE | CONTAINER_INHERIT_ACE
    } else {
        0
    };
    // SAFETY: the buffer is DWORD aligned and `size` bytes long, room for
    // the header and one entry with this SID.
    unsafe {
        if InitializeAcl(acl, size as u32, ACL_REVISION) == 0
            || AddAccessAllowedAceEx(acl, ACL_REVISION, inherit, FILE_ALL_ACCESS, sid) == 0
        {
            return Err(io::Error::last_os_error());
        }
    }
    let name = wide(path);
    // SAFETY: a zero-ended path and a valid access list; owner, group and
    // audit list are left as they are.
    let status: WIN32_ERROR = unsafe {
        SetNamedSecurityInfoW(
            name.as_ptr(),
            SE_FILE_OBJECT,
            DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
            null_mut(),
            null_mut(),
            acl,
            null(),
        )
    };
    match status {
        0 | ERROR_NOT_SUPPORTED | ERROR_INVALID_FUNCTION => Ok(()),
        code => Err(io::Error::from_raw_os_error(code as i32)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use windows_sys::Win32::Foundation::{HLOCAL, LocalFree};
    use windows_sys::Win32::Security::Authorization::GetNamedSecurityInfoW;
    use windows_sys::Win32::Security::{GetAce, PSECURITY_DESCRIPTOR};

    /// The entries of the access list at `path`: (type, flags, access mask,
    /// SID bytes) each, read back from the file system.
    fn entries(path: &Path) -> Vec<(u8, u8, u32, Vec<u8>)> {
        let name = wide(path);
        let mut dacl: *mut ACL = null_mut();
        let mut descriptor: PSECURITY_DESCRIPTOR = null_mut();
        // SAFETY: out pointers to locals; the descriptor is freed below.
        let status = unsafe {
            GetNamedSecurityInfoW(
                name.as_ptr(),
                SE_FILE_OBJECT,
                DACL_SECURITY_INFORMATION,
                null_mut(),
                null_mut(),
                &mut dacl,
                null_mut(),
                &mut descriptor,
            )
        };
        assert_eq!(status, 0, "GetNamedSecurityInfoW on {}", path.display());
        assert!(!dacl.is_null(), "no access list: everyone may read");
        let mut found = Vec::new();
        // SAFETY: `dacl` points into `descriptor`, alive until LocalFree.
        unsafe {
            for index in 0..u32::from((*dacl).AceCount) {
                let mut ace: *mut core::ffi::c_void = null_mut();
                assert_ne!(GetAce(dacl, index, &mut ace), 0);
                let ace = ace.cast::<ACCESS_ALLOWED_ACE>();
                let sid: PSID = std::ptr::addr_of_mut!((*ace).SidStart).cast();
                let bytes =
                    std::slice::from_raw_parts(sid.cast::<u8>(), GetLengthSid(sid) as usize);
                let header = (*ace).Header;
                found.push((header.AceType, header.AceFlags, (*ace).Mask, bytes.to_vec()));
            }
            LocalFree(descriptor as HLOCAL);
        }
        found
    }

    /// Wine answers SetNamedSecurityInfoW with success but keeps no access
    /// list on files: reading back gives entries made from the Unix mode.
    fn under_wine() -> bool {
        winreg::RegKey::predef(winreg::enums::HKEY_CURRENT_USER)
            .open_subkey(r"Software\Wine")
            .is_ok()
    }

    #[test]
    fn written_files_and_folders_hold_one_entry_for_the_current_user() {
        let dir = tempfile::tempdir().unwrap();
        let user = CurrentUser::get().unwrap().sid_bytes();
        let file = dir.path().join("svar.yaml");
        crate::fsutil::write_atomic(&file, b"value: 1").unwrap();
        let folder = dir.path().join("datasett");
        std::fs::create_dir(&folder).unwrap();
        restrict_to_owner(&folder).unwrap();
        if under_wine() {
            // Wine 8 reads back SYSTEM, the user and Everyone (read), made
            // from the file's Unix mode: shown, not checked.
            eprintln!(
                "Wine keeps no access lists on files: only the calls are checked; read back: {:?}",
                entries(&file)
            );
            return;
        }
        // Type 0 is "access allowed"; no inheritance flags on a file.
        assert_eq!(entries(&file), [(0, 0, FILE_ALL_ACCESS, user.clone())]);
        let inherit = (OBJECT_INHERIT_ACE | CONTAINER_INHERIT_ACE) as u8;
        assert_eq!(entries(&folder), [(0, inherit, FILE_ALL_ACCESS, user)]);
    }
}
