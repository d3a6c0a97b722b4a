namespace CrossRegion.Application.Common.Interfaces;

/// <summary>Keeps the clients' signing keys encrypted at rest (ASP.NET Core Data Protection, keys shared by every node).</summary>
public interface ISigningKeyProtector
{
    string Protect(byte[] key);

    byte[] Unprotect(string protectedKey);
}
