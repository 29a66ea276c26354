//! (phone: skeleton, to be written.)
