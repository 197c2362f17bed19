/// A value handed across threads that the code using it keeps apart by hand: a buffer that each
/// thread writes at its own positions only, or functions that only read shared state.
package struct UnsafeSendable<T>: @unchecked Sendable {
    package let value: T
    package init(_ value: T) { self.value = value }
}
