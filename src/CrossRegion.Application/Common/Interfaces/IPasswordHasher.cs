namespace CrossRegion.Application.Common.Interfaces;

public interface IPasswordHasher
{
    string Hash(string password);

    PasswordCheck Verify(string hash, string password);
}
